/**
 * The JMS integration: every event as a text message on a topic ({@code longwave.events}), and
 * downlink commands from a queue ({@code longwave.downlinks}) with refused ones sent to a
 * dead-letter queue, through the ActiveMQ Classic broker embedded in {@code activemq-rar.rar}.
 */
package io.longwave.integration.jms;
