package com.magdagateway.link.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.magdagateway.link.LinkImport.Line;

/** Reads {@code entity,insz,relation,start} lines (comma or semicolon, as spreadsheets write them), numbered as in the file. */
final class CsvLines {

    private static final int FIELDS = 4;

    private CsvLines() {
    }

    static List<Line> parse(String body) {
        List<Line> lines = new ArrayList<>();
        String[] raw = body == null ? new String[0] : body.split("\r?\n", -1);
        boolean first = true;
        for (int i = 0; i < raw.length; i++) {
            String text = raw[i].strip();
            if (text.isEmpty()) {
                continue;
            }
            String[] fields = text.split("[,;]", -1);
            if (first && fields[0].strip().replace("\"", "").toLowerCase(Locale.ROOT).equals("entity")) {
                first = false;
                continue; // the header
            }
            first = false;
            lines.add(fields.length == FIELDS
                    ? new Line(i + 1, field(fields[0]), field(fields[1]), field(fields[2]), field(fields[3]))
                    : Line.malformed(i + 1, "Expected 4 fields (entity, insz, relation, start), found " + fields.length));
        }
        return lines;
    }

    private static String field(String raw) {
        String value = raw.strip();
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
