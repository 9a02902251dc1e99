/**
 * Use cases behind the API and the console: the first start's admin user, and password hashing.
 */
package io.longwave.application;
