package vn.vanban4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DeterministicZipTest {
    @Test
    void anEntryCarriesTheFixedDosTimeAndExtendedTimestampInItsLocalHeader() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(DeterministicZip.entry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        ByteBuffer header = ByteBuffer.wrap(bytes.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(header.getInt(0)).isEqualTo(0x04034b50);
        assertThat(header.getShort(10)).as("DOS time 00:00:00").isEqualTo((short) 0);
        assertThat(header.getShort(12)).as("DOS date 2020-01-01").isEqualTo((short) ((40 << 9) | (1 << 5) | 1));
        int nameLength = header.getShort(26);
        int extra = 30 + nameLength;
        assertThat(header.getShort(28)).as("one extended timestamp field").isEqualTo((short) 9);
        assertThat(header.getShort(extra)).isEqualTo((short) 0x5455);
        assertThat(header.get(extra + 4)).as("modification time only").isEqualTo((byte) 1);
        assertThat(header.getInt(extra + 5)).isEqualTo(DeterministicZip.FIXED_TIME.toInstant().getEpochSecond());

        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ZipEntry read = in.getNextEntry();
            assertThat(read.getName()).isEqualTo("word/document.xml");
            assertThat(read.getLastModifiedTime().toInstant()).isEqualTo(DeterministicZip.FIXED_TIME.toInstant());
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("<w:document/>");
        }
    }
}
