package org.reshape.io.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/// Turns a file's bytes into text the way a person would expect: UTF-8 (with or
/// without a byte-order mark), UTF-16 when it starts with one's mark (Excel's
/// "Unicode text"), and otherwise Windows-1252, the encoding Excel on Windows
/// saves CSV in, where "£" is the single byte 0xA3 and not valid UTF-8.
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /// The text and, when it was not UTF-8, a note saying how it was read.
    public record Decoded(String text, String note) {
    }

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return utf8OrFallback(bytes, 3);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "");
        }
        return utf8OrFallback(bytes, 0);
    }

    private static Decoded utf8OrFallback(byte[] bytes, int offset) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return new Decoded(text, "");
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, offset, bytes.length - offset, WINDOWS_1252),
                    "the file is not UTF-8, so it was read as Windows-1252 (Excel's CSV encoding); check that £ and accents look right");
        }
    }
}
