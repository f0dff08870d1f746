package vn.vanban4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.exchange.DocumentPackage;
import vn.vanban4j.exchange.EdXml;
import vn.vanban4j.exchange.Organ;
import vn.vanban4j.exchange.StatusCode;
import vn.vanban4j.exchange.StatusMessage;
import vn.vanban4j.exchange.Urgency;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Plans;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.samples.Samples;

/** edxml pack, read and status: a document sent, read back, answered; bad packages exit 1 with where and what. */
class EdxmlCommandTest {
    @TempDir
    Path dir;

    private Path plan() throws IOException {
        return Files.writeString(dir.resolve("125-UBND-KT.json"), Plans.toJson(Samples.kindSample("125-UBND-KT")));
    }

    @Test
    void packsReadsAndAnswersAPackage() throws IOException {
        Path docx = dir.resolve("cong-van.docx");
        Files.write(docx, Renderer.standard().docx(Samples.kindSample("125-UBND-KT")));
        Path packed = dir.resolve("out.edxml");
        CliRun pack = CliRun.of("edxml", "pack", plan().toString(), "--attach", docx.toString(), "--from-id",
                "000.00.00.H14", "--to-id", "000.00.00.H41", "--to-id", "000.00.00.G22", "--urgency", "khan",
                "--due", "2026-10-30", "--staff", "Lê Thị Văn Thư", "--at", "2026-09-15T08:00:00+07:00",
                "-o", packed.toString());
        assertThat(pack.exit()).as(pack.err()).isZero();
        assertThat(pack.out()).contains("wrote " + packed + ": 125/UBND-KT from 000.00.00.H14 to 000.00.00.H41, 000.00.00.G22");

        DocumentPackage sent = (DocumentPackage) EdXml.standard().read(packed);
        assertThat(sent.envelope().from().organName()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH LÀO CAI");
        assertThat(sent.envelope().urgency()).isEqualTo(Urgency.URGENT);
        assertThat(sent.envelope().dueDate()).hasToString("2026-10-30");
        assertThat(sent.envelope().timestamp()).hasToString("2026-09-15T08:00");

        Path json = dir.resolve("read.json");
        Path attachments = dir.resolve("attachments");
        CliRun read = CliRun.of("edxml", "read", packed.toString(), "-o", json.toString(), "--attachments",
                attachments.toString());
        assertThat(read.exit()).as(read.err()).isZero();
        assertThat(read.out()).contains("Văn bản điện tử mới 125/UBND-KT from 000.00.00.H14", "Khẩn",
                "attachment cong-van.docx", "body read from cong-van.docx");
        Document back = Plans.read(json);
        assertThat(back.number()).hasToString("125/UBND-KT");
        assertThat(back.tasks()).isNotEmpty();
        assertThat(Files.readAllBytes(attachments.resolve("cong-van.docx"))).isEqualTo(Files.readAllBytes(docx));

        Path status = dir.resolve("status.edxml");
        CliRun answer = CliRun.of("edxml", "status", "--code", "3", "--from-id", "000.00.00.H41", "--for",
                packed.toString(), "--staff", "Văn thư Nghệ An", "--at", "2026-09-15T09:30:00+07:00", "-o", status.toString());
        assertThat(answer.exit()).as(answer.err()).isZero();
        StatusMessage written = (StatusMessage) EdXml.standard().read(status);
        assertThat(written.code()).isEqualTo(StatusCode.ACCEPTED);
        assertThat(written.from()).isEqualTo(Organ.of("000.00.00.H41", "000.00.00.H41"));
        assertThat(written.responseFor().documentId()).isEqualTo("000.00.00.H14,2026/09/14,125/UBND-KT");

        CliRun readStatus = CliRun.of("edxml", "read", status.toString());
        assertThat(readStatus.exit()).as(readStatus.err()).isZero();
        assertThat(readStatus.out()).contains("status 03 (accepted): Tiếp nhận văn bản điện tử",
                "answers 000.00.00.H14,2026/09/14,125/UBND-KT", "state accepted");
    }

    @Test
    void takesSenderAndReceiversFromTheOrgChartAndAttachesTheRenderedDocument() throws IOException {
        Path org = Files.writeString(dir.resolve("org.json"), """
                {"name": "Lào Cai", "units": [
                  {"id": "ubnd", "name": "Ủy ban nhân dân tỉnh Lào Cai", "kind": "STATE_BODY", "organId": "000.00.00.H29"},
                  {"id": "tu", "name": "Thường trực Tỉnh ủy", "kind": "PARTY_COMMITTEE", "organId": "000.00.00.T29"},
                  {"id": "ct", "name": "Chủ tịch, các PCT UBND tỉnh", "kind": "STATE_BODY", "parent": "ubnd"}
                ]}""");
        Path packed = dir.resolve("out.edxml");
        CliRun pack = CliRun.of("edxml", "pack", plan().toString(), "--org", org.toString(), "-o", packed.toString());
        assertThat(pack.exit()).as(pack.err()).isZero();
        boolean office;
        try (PdfConverter pdf = PdfConverter.standard()) {
            office = pdf.officeAvailable();
        }
        String attached = office ? "125-UBND-KT.pdf" : "125-UBND-KT.docx";
        assertThat(pack.out()).contains("attached the document rendered as " + (office ? "PDF" : "DOCX") + " (" + attached + ")");
        DocumentPackage sent = (DocumentPackage) EdXml.standard().read(packed);
        assertThat(sent.envelope().from()).isEqualTo(Organ.of("000.00.00.H29", "Ủy ban nhân dân tỉnh Lào Cai"));
        // the unit without an organId is no receiver
        assertThat(sent.envelope().to()).containsExactly(Organ.of("000.00.00.T29", "Thường trực Tỉnh ủy"));
        assertThat(sent.attachments()).singleElement().satisfies(a -> assertThat(a.name()).isEqualTo(attached));
        assertThat(sent.bodySource()).isEqualTo(attached);
    }

    @Test
    void aBrokenPackageExitsOneWithWhereAndWhat() throws IOException {
        Path bad = dir.resolve("bad.edxml");
        try (InputStream in = EdxmlCommandTest.class.getResourceAsStream("/vn/vanban4j/cli/edxml-no-code.edxml")) {
            Files.write(bad, in.readAllBytes());
        }
        Path json = dir.resolve("x.json");
        CliRun run = CliRun.of("edxml", "read", bad.toString(), "-o", json.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualToIgnoringNewLines("vanban4j edxml: bad.edxml:5:28: "
                + "/edXML/edXMLEnvelope/edXMLHeader/MessageHeader: no Code; MessageHeader must hold one");
        assertThat(json).doesNotExist();

        Files.writeString(bad, "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
        CliRun xxe = CliRun.of("edxml", "read", bad.toString(), "-o", json.toString());
        assertThat(xxe.exit()).isEqualTo(1);
        assertThat(xxe.err()).contains("declares a DTD").doesNotContain("root:").doesNotContain("Exception");
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        assertThat(CliRun.of("edxml", "pack", plan().toString(), "--from-id", "1", "--to-id", "2").exit()).isEqualTo(2);
        assertThat(CliRun.of("edxml", "pack", plan().toString(), "--to-id", "2", "-o", "x.edxml").err())
                .contains("--from-id ID is required");
        assertThat(CliRun.of("edxml", "status", "--code", "99", "--from-id", "1", "--for", "a.edxml", "-o", "s.edxml").err())
                .contains("--code 99 is none of 01, 02, 03, 04, 05, 06, 13, 15, 16");
        assertThat(CliRun.of("edxml", "send").exit()).isEqualTo(2);
        assertThat(CliRun.of("--help").out()).contains("edxml pack PLAN.json");
    }
}
