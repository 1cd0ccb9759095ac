// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The mutations of the fuzz run ({@link CommandLineFuzzTest}): of workbooks and Word documents (raw bytes of
 * the zip, or the XML of one part, re-zipped), of text (CSV and model files) and of bytes. Each keeps close enough to a real
 * file that most cases reach the importers' own reading rather than failing at the first byte.
 */
final class FuzzMutations {

    private FuzzMutations() {
    }

    /** Half the time raw bytes of the zip, half the time the XML of one part, re-zipped. */
    static byte[] mutateWorkbook(byte[] original, Random random) throws IOException {
        if (random.nextInt(4) == 0) {
            return mutateBytes(original, random);
        }
        Map<String, byte[]> parts = new LinkedHashMap<>(PARTS.computeIfAbsent(original, FuzzMutations::unzip));
        List<String> names = new ArrayList<>(parts.keySet());
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            String name = pickPart(names, random);
            if (random.nextInt(20) == 0) {
                parts.remove(name);
                names.remove(name);
                if (names.isEmpty()) {
                    break;
                }
                continue;
            }
            parts.put(name, name.endsWith(".xml") && random.nextInt(5) < 2 ? mutateXmlValue(parts.get(name), random)
                    : mutateText(parts.get(name), random));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static final Map<byte[], Map<String, byte[]>> PARTS = new java.util.IdentityHashMap<>();

    /** The parts of a seed workbook, read through the zip's central directory (SXSSF writes data descriptors). */
    private static Map<String, byte[]> unzip(byte[] workbook) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try {
            Path file = Files.createTempFile("fuzz-seed", ".zip");
            try {
                Files.write(file, workbook);
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                    for (var entries = zip.entries(); entries.hasMoreElements();) {
                        ZipEntry entry = entries.nextElement();
                        try (var in = zip.getInputStream(entry)) {
                            parts.put(entry.getName(), in.readAllBytes());
                        }
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return parts;
    }

    private static String pickPart(List<String> names, Random random) {
        // the sheets and shared strings hold the content the importers read: mutate them most often
        List<String> content = names.stream().filter(n -> n.contains("worksheets/") || n.contains("sharedStrings")
                || n.equals("word/document.xml")).toList();
        if (!content.isEmpty() && random.nextInt(3) > 0) {
            return content.get(random.nextInt(content.size()));
        }
        return names.get(random.nextInt(names.size()));
    }

    private static final String[] TOKENS = { "\"", "\"\"", ",", ";", "\t", "\r\n", "\n", "\r", "<", ">", "/>", "</c>",
            "<row r=\"1048576\">", "<c r=\"XFD1\" t=\"s\"><v>99999</v></c>", "<v>-1</v>", "<v>1e308</v>", "t=\"s\"",
            "t=\"inlineStr\"", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "&amp;", "\u0000",
            "\uFEFF", "=SUM(A1:A9)", "+1", "-1", "@cmd", "workbench-grid:1:standards-in-rows", "#group", "✓", "●",
            "(✓)", "full", "CC01", "301", "999", "section", "element", "Parent code", "Code", "Title", "_x", "",
            "\u00e9", "\ud83d\ude00", "'", "\\",
            // model files
            "href=\"../../../etc/passwd#_x\"", "xsi:type=\"curriculum:KnowledgeModule\"", "<sections>", "</sections>",
            "xmi:id=\"_dup\"", "coverage=\"full\"", "<links/>", "\u00ff",
            // Word specifications
            "Unit 301: Title", "Unit 9999999999:", "1.1", "AC1.1", "P1", "LO1", "Learning outcome 99", "Learning outcomes",
            "Assessment criteria", "Level", "Credit value", "GLH", "Mandatory units", "304 and 204", "KM-01: Title",
            "Task 1: Title", "The learner will:", "[not given]", "gridSpan", "w:val=\"99999\"" };

    /**
     * Keeps the XML well-formed and replaces the content of one text or value element ({@code <t>},
     * {@code <v>}) or one attribute value, so the case reaches the importers' own reading of cells.
     */
    private static byte[] mutateXmlValue(byte[] original, Random random) {
        String xml = new String(original, StandardCharsets.UTF_8);
        java.util.regex.Matcher values = java.util.regex.Pattern.compile("<((?:w:)?t|v)( [^>]*)?>([^<]*)</\\1>|=\"([^\"]*)\"").matcher(xml);
        List<int[]> spans = new ArrayList<>();
        while (values.find()) {
            int group = values.group(3) != null ? 3 : 4;
            spans.add(new int[] { values.start(group), values.end(group) });
        }
        if (spans.isEmpty()) {
            return original;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String token = TOKENS[random.nextInt(TOKENS.length)].replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
        String replacement = switch (random.nextInt(4)) {
        case 0 -> "";
        case 1 -> token;
        case 2 -> xml.substring(span[0], span[1]) + token;
        default -> Integer.toString(random.nextInt(2_000_000) - 1000);
        };
        return (xml.substring(0, span[0]) + replacement + xml.substring(span[1])).getBytes(StandardCharsets.UTF_8);
    }

    /** Text mutations: delete, duplicate, insert a token, replace a digit run, flip a byte. */
    static byte[] mutateText(byte[] original, Random random) {
        String text = new String(original, StandardCharsets.UTF_8);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !text.isEmpty(); e++) {
            int at = random.nextInt(text.length());
            int length = Math.min(text.length() - at, 1 + random.nextInt(random.nextBoolean() ? 8 : 200));
            switch (random.nextInt(6)) {
            case 0 -> text = text.substring(0, at) + text.substring(at + length);
            case 1 -> text = text.substring(0, at) + text.substring(at, at + length) + text.substring(at);
            case 2 -> text = text.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)] + text.substring(at);
            case 3 -> text = text.replaceFirst("\\d+", Integer.toString(random.nextInt(2_000_000) - 1000));
            case 4 -> text = text.substring(0, at) + (char) random.nextInt(0x80) + text.substring(Math.min(text.length(), at + 1));
            default -> text = text.substring(0, at);
            }
        }
        if (random.nextInt(10) == 0) {
            return mutateBytes(text.getBytes(StandardCharsets.UTF_8), random);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Byte mutations: flip bits, overwrite runs, truncate, splice. */
    static byte[] mutateBytes(byte[] original, Random random) {
        byte[] bytes = original.clone();
        if (bytes.length == 0) {
            return new byte[] { (byte) random.nextInt() };
        }
        switch (random.nextInt(4)) {
        case 0 -> {
            for (int i = 0; i < 1 + random.nextInt(16); i++) {
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
            }
        }
        case 1 -> {
            int at = random.nextInt(bytes.length);
            for (int i = at; i < Math.min(bytes.length, at + 1 + random.nextInt(64)); i++) {
                bytes[i] = (byte) random.nextInt();
            }
        }
        case 2 -> bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
        default -> {
            int from = random.nextInt(bytes.length);
            int to = random.nextInt(bytes.length);
            int length = Math.min(bytes.length - Math.max(from, to), random.nextInt(512));
            System.arraycopy(original, from, bytes, to, Math.max(0, length));
        }
        }
        return bytes;
    }
}
