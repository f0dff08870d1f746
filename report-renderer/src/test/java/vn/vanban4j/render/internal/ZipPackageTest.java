package vn.vanban4j.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.vanban4j.model.DeterministicZip;

/** The package writer writes the bytes ZipOutputStream writes for the same entries, deflated now or beforehand. */
class ZipPackageTest {
    private static Map<String, byte[]> parts(long seed) {
        Random random = new Random(seed);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            text.append("<w:p><w:r><w:t>Kế hoạch số ").append(random.nextInt(1000)).append(" triển khai</w:t></w:r></w:p>");
        }
        parts.put("word/document.xml", text.toString().getBytes(StandardCharsets.UTF_8));
        byte[] noise = new byte[20_000]; // an image: bytes deflate cannot shrink
        random.nextBytes(noise);
        parts.put("word/media/image1.png", noise);
        parts.put("word/header2.xml", new byte[0]);
        return parts;
    }

    private static byte[] zipOutputStream(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(DeterministicZip.entry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void writesTheBytesZipOutputStreamWrites() throws IOException {
        for (long seed = 1; seed <= 3; seed++) {
            Map<String, byte[]> parts = parts(seed);
            ZipPackage zip = new ZipPackage(1024);
            boolean beforehand = false;
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                byte[] content = part.getValue();
                if (beforehand) {
                    zip.add(ZipPackage.Deflated.of(part.getKey(), content, content.length));
                } else {
                    zip.add(part.getKey(), content, content.length);
                }
                beforehand = !beforehand;
            }
            assertThat(zip.finish()).as("seed " + seed).isEqualTo(zipOutputStream(parts));
        }
    }

    @Test
    void readsBackAsTheSameParts() throws IOException {
        Map<String, byte[]> parts = parts(7);
        ZipPackage zip = new ZipPackage(16);
        parts.forEach((name, content) -> zip.add(name, content, content.length));
        Map<String, byte[]> read = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.finish()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                read.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(read.keySet()).containsExactlyElementsOf(parts.keySet());
        parts.forEach((name, content) -> assertThat(read.get(name)).as(name).isEqualTo(content));
    }
}
