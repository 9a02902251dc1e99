package io.longwave.console;

import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV text as RFC 4180 writes them: fields separated by commas, records by CRLF
 * or LF, a field in double quotes may hold commas, line breaks and doubled quotes ({@code ""}).
 * Blank lines are skipped. Each record keeps the line it starts on, for error messages.
 */
public final class CsvRecords {

  /** One record and the (1-based) line it starts on. */
  public record Record(int line, List<String> fields) {}

  private CsvRecords() {}

  /**
   * The records of {@code text}.
   *
   * @throws IllegalArgumentException when a quoted field is not closed, or a quote follows a
   *     closing quote without a comma
   */
  public static List<Record> parse(String text) {
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    boolean quoted = false;
    boolean wasQuoted = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"') {
        if (wasQuoted || !field.toString().isBlank()) {
          throw new IllegalArgumentException("line " + line + ": a quote inside a field that"
              + " is not quoted as a whole");
        }
        field.setLength(0);
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        fields.add(finish(field, wasQuoted));
        wasQuoted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(finish(field, wasQuoted));
        wasQuoted = false;
        add(records, recordLine, fields);
        fields = new ArrayList<>();
        line++;
        recordLine = line;
      } else if (wasQuoted && !Character.isWhitespace(c)) {
        throw new IllegalArgumentException("line " + line + ": text after a closing quote");
      } else if (!wasQuoted) {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("line " + recordLine + ": a quoted field is not closed");
    }
    fields.add(finish(field, wasQuoted));
    add(records, recordLine, fields);
    return records;
  }

  private static String finish(StringBuilder field, boolean wasQuoted) {
    String value = wasQuoted ? field.toString() : field.toString().strip();
    field.setLength(0);
    return value;
  }

  private static void add(List<Record> records, int line, List<String> fields) {
    if (fields.size() == 1 && fields.get(0).isEmpty()) {
      return;
    }
    records.add(new Record(line, List.copyOf(fields)));
  }
}
