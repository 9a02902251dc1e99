package io.longwave.console;

/**
 * One line of an import's report: the file's line, the DevEUI as written and what became of it.
 *
 * @param created true when the device was created
 * @param outcome "created" (with or without keys), or the reason the row was refused
 */
public record DeviceImportRow(int line, String devEui, boolean created, String outcome) {}
