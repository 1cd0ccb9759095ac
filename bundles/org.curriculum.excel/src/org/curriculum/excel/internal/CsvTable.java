// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.curriculum.excel.SpreadsheetImportException;

/**
 * A CSV file read strictly (RFC 4180 quoting, UTF-8 with or without a byte order mark, comma,
 * semicolon or tab as separator, detected from the header line), with errors naming the line.
 */
public final class CsvTable {

    /** Refused above this size: no real standards list comes close. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    private static final int MAX_COLUMNS = 16384;

    /** One record and the 1-based line of the file it starts on. */
    public record Record(int line, List<String> cells) {

        /** The trimmed cell, or the empty string past the end of the record. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column).trim() : "";
        }

        /** True if every cell is blank. */
        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private CsvTable() {
    }

    /** Reads every record of the file. */
    public static List<Record> read(Path file) throws SpreadsheetImportException {
        SafeWorkbookReader.checkFile(file, MAX_FILE_BYTES);
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw new SpreadsheetImportException(file,
                    "is not UTF-8 text (or is not a CSV file at all); save it from the spreadsheet program as \"CSV UTF-8\"",
                    e);
        } catch (CharacterCodingException e) {
            throw new SpreadsheetImportException(file, "is not UTF-8 text: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SpreadsheetImportException(file, "cannot be read: " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new SpreadsheetImportException(file, "contains NUL characters: it is a binary file, not CSV text", null);
        }
        return parse(file, text, separator(text));
    }

    private static char separator(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                if (c == ',') {
                    comma++;
                } else if (c == ';') {
                    semicolon++;
                } else if (c == '\t') {
                    tab++;
                }
            }
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    private static List<Record> parse(Path file, String text, char separator) throws SpreadsheetImportException {
        List<Record> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        boolean afterQuote = false;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < length && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    afterQuote = true;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
                i++;
                continue;
            }
            if (c == '"') {
                if (cell.length() > 0 || afterQuote) {
                    throw new SpreadsheetImportException(file, null, line, cells.size(),
                            "a quote (\") inside an unquoted cell; put the whole cell in quotes and double the quote", null);
                }
                quoted = true;
                quoteLine = line;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
                if (cells.size() > MAX_COLUMNS) {
                    throw new SpreadsheetImportException(file, null, recordLine, -1,
                            "more than " + MAX_COLUMNS + " columns in one record", null);
                }
            } else if (c == '\r' || c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
                records.add(new Record(recordLine, List.copyOf(cells)));
                cells.clear();
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                recordLine = line;
            } else {
                if (afterQuote) {
                    throw new SpreadsheetImportException(file, null, line, cells.size(),
                            "text after the closing quote of a cell; put the whole cell in quotes", null);
                }
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new SpreadsheetImportException(file, null, quoteLine, cells.size(),
                    "a quoted cell starting here is never closed (missing \"); the file may be truncated", null);
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            records.add(new Record(recordLine, List.copyOf(cells)));
        }
        return records;
    }
}
