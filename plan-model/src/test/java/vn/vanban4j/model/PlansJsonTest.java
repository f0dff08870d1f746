package vn.vanban4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.model.PlanFormatException.Problem;

class PlansJsonTest {

    static Document smallPlan() {
        Task task = new Task("-", "Ban Tuyên giáo chủ trì tổ chức hội nghị. Hoàn thành trong quý II/2023.", null,
                List.of("Ban Tuyên giáo"), List.of("Văn phòng"), List.of(), "Hoàn thành trong quý II/2023", null, null,
                TaskOutput.EVENT, null, List.of());
        Section section = new Section("I.", "NỘI DUNG", List.of(Paragraph.of("Mở đầu."),
                new Section("1.", "Hội nghị", List.of(task)),
                new Table(List.of(Column.of("Stt", ColumnType.ORDINAL),
                        new Column("Kết quả", null, List.of(Column.of("Đã xong", ColumnType.TEXT),
                                Column.of("Chưa xong", ColumnType.TEXT)))), List.of(List.of("1", "a", "b")))));
        return new Document(DocumentKind.PLAN, Family.PARTY, new Header("ĐẢNG BỘ TỈNH X", "THÀNH ỦY Y"),
                DocumentNumber.parse("12-KH/ThU"), "TP. Y", LocalDate.of(2023, 1, 5), "thực hiện việc z", List.of(),
                null, null, List.of("Thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị;"), null,
                List.of(section), null, null, null, null, List.of(new Recipient("Thường trực Tỉnh ủy", "b/c")), "VPThU",
                List.of(Signature.of(SigningAuthority.ON_BEHALF_OF, "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Văn A")),
                List.of());
    }

    @Test
    void roundTripIsExact() {
        Document plan = smallPlan();
        String json = Plans.toJson(plan);
        Document again = Plans.read(json, "small.json");
        assertThat(again).isEqualTo(plan);
        assertThat(Plans.toJson(again)).isEqualTo(json);
        assertThat(json).contains("\"number\" : \"12-KH/ThU\"", "\"issueDate\" : \"2023-01-05\"", "\"type\" : \"task\"");
    }

    @Test
    void everyProblemIsReportedWithItsPath() {
        String json = Plans.toJson(smallPlan())
                .replace("\"number\" : \"12-KH/ThU\"", "\"number\" : \"12 KH ThU\"")
                .replace("\"place\" : \"TP. Y\",", "\"place\" : 7, \"colour\" : \"red\",")
                .replace("\"signer\" : \"Nguyễn Văn A\"", "\"signerName\" : \"Nguyễn Văn A\"")
                .replace("\"output\" : \"EVENT\"", "\"output\" : \"PARTY\"");
        PlanFormatException error = catchThrowableOfType(PlanFormatException.class, () -> Plans.read(json, "bad.json"));
        assertThat(error.source()).isEqualTo("bad.json");
        assertThat(error.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
                "$.colour", "$.number", "$.place",
                "$.sections[0].content[1].content[0].output",
                "$.signatures[0].signerName", "$.signatures[0].signer");
        assertThat(error.problems()).extracting(Problem::toString).contains(
                "$.place: expected text, found the number 7",
                "$.signatures[0].signer: required field is missing");
        assertThat(error.getMessage()).startsWith("bad.json: 6 problems").contains("expected a Party number like");
    }

    @Test
    void wrongTypeForAListAndUnknownBlockType() {
        String json = Plans.toJson(smallPlan())
                .replace("\"type\" : \"paragraph\"", "\"type\" : \"picture\"")
                .replace("\"lead\" : [ \"Ban Tuyên giáo\" ]", "\"lead\" : \"Ban Tuyên giáo\"");
        PlanFormatException error = catchThrowableOfType(PlanFormatException.class, () -> Plans.read(json, "x.json"));
        assertThat(error.problems()).extracting(Problem::toString).containsExactly(
                "$.sections[0].content[0].type: expected one of [paragraph, task, table, section, taskTable], found text \"picture\"",
                "$.sections[0].content[1].content[0].lead: expected a list, found text \"Ban Tuyên giáo\"");
    }

    @Test
    void anUnknownFieldWithALineBreakingCharacterIsNamedOnOneLine() {
        // U+0085 and U+2028 end a line in many viewers as "\n" does: the path shows them escaped
        String json = Plans.toJson(smallPlan()).replace("\"kind\"", "\"\u0085kind\u2028\"");
        PlanFormatException error = catchThrowableOfType(PlanFormatException.class, () -> Plans.read(json, "t.json"));
        assertThat(error.problems()).extracting(Problem::path).contains("$[\"\\u0085kind\\u2028\"]");
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        assertThatThrownBy(() -> Plans.read("{\n  \"kind\": \"PLAN\",,\n}", "broken.json"))
                .isInstanceOf(PlanFormatException.class)
                .hasMessageContaining("broken.json")
                .hasMessageContaining("line 2, column");
    }

    @Test
    void aReceivedCopyWithoutItsPlaceReadsAndWritesWithoutIt() {
        String json = Plans.toJson(smallPlan()).replace("\"place\" : \"TP. Y\",", "");
        Document copy = Plans.read(json, "copy.json");

        assertThat(copy.place()).isNull();
        assertThat(copy.number()).isEqualTo(smallPlan().number());
        assertThat(Plans.toJson(copy)).doesNotContain("\"place\"");
        assertThat(Plans.read(Plans.toJson(copy), "again.json")).isEqualTo(copy);
        // a place that is there must say something
        PlanFormatException blank = catchThrowableOfType(PlanFormatException.class,
                () -> Plans.read(Plans.toJson(smallPlan()).replace("\"place\" : \"TP. Y\"", "\"place\" : \" \""), "t.json"));
        assertThat(blank.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("place must not be blank"));
    }

    @Test
    void aReceivedCopyPrintedWithoutANumberReadsAndWritesWithoutIt() {
        String json = Plans.toJson(smallPlan()).replaceFirst("\\n\\s*\"number\" : \"[^\"]*\",", "");
        Document copy = Plans.read(json, "copy.json");

        assertThat(copy.number()).isNull();
        assertThat(copy.name()).isEqualTo(smallPlan().kind().vietnameseName() + " (không số)");
        assertThat(smallPlan().name()).isEqualTo(smallPlan().kind().vietnameseName() + " " + smallPlan().number());
        assertThat(Plans.toJson(copy)).isEqualTo(json);
        assertThat(Plans.read(Plans.toJson(copy), "again.json")).isEqualTo(copy);
    }

    @Test
    void anEmptyTextReadsBackAsWritten() {
        // JSON leaves empty lists out, but a text that is "" is written, so that it reads back the same
        String json = Plans.toJson(smallPlan()).replace("\"number\" : \"I.\"", "\"number\" : \"\"");
        Document doc = Plans.read(json, "empty.json");
        assertThat(doc.sections().get(0).number()).isEmpty();
        assertThat(Plans.read(Plans.toJson(doc), "again.json")).isEqualTo(doc);
    }

    @Test
    void aBadValueWithALineBreakIsShownOnOneLine() {
        String json = Plans.toJson(smallPlan()).replace("\"kind\" : \"PLAN\"", "\"kind\" : \"PL\\nAN\"");
        PlanFormatException error = catchThrowableOfType(PlanFormatException.class, () -> Plans.read(json, "t.json"));
        assertThat(error.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.kind");
            assertThat(p.message()).startsWith("\"PL\\u000aAN\" is not one of").doesNotContain("\n");
        });
    }

    @Test
    void constructorRulesAreReportedWithPath() {
        String json = Plans.toJson(smallPlan()).replace("[ \"1\", \"a\", \"b\" ]", "[ \"1\", \"a\" ]");
        PlanFormatException error = catchThrowableOfType(PlanFormatException.class, () -> Plans.read(json, "t.json"));
        assertThat(error.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.sections[0].content[2]");
            assertThat(p.message()).contains("row 1 has 2 cells; the columns need 3");
        });
    }

    @Test
    void writeLeavesNoPartialFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("plan.json");
        Plans.write(smallPlan(), target);
        assertThat(Plans.read(target)).isEqualTo(smallPlan());
        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("other.json"), out -> {
            out.write("{ half".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("plan.json");
        }
    }

    @Test
    void referencesComeFromThePreamble() {
        assertThat(smallPlan().references()).singleElement().satisfies(r -> {
            assertThat(r.number()).hasToString("01-KL/TW");
            assertThat(r.date()).isEqualTo(LocalDate.of(2021, 5, 18));
            assertThat(r.issuer()).isEqualTo("Bộ Chính trị");
        });
    }

    @Test
    void tableKnowsItsHeaderDepth() {
        Section section = smallPlan().sections().get(0);
        Table table = (Table) section.content().get(2);
        assertThat(table.headerDepth()).isEqualTo(2);
        assertThat(table.width()).isEqualTo(3);
    }

    @Test
    void writingFollowsSymlinksAndRefusesWhatIsNotARegularFile(@TempDir Path dir) throws IOException {
        Path real = dir.resolve("real.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        Plans.write(smallPlan(), link);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Plans.read(real)).isEqualTo(smallPlan());
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        assertThatThrownBy(() -> Plans.write(smallPlan(), folder)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a regular file");
        assertThat(Files.isDirectory(folder)).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("real.json", "link.json", "folder.json");
        }
    }

    @Test
    void writtenFilesTakeTheUmaskNotOwnerOnly(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("plan.json");
        Plans.write(smallPlan(), target);
        // the same permissions as any file this process creates (the umask's), not owner-only
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void duplicateKeysTrailingTextAndControlCharactersAreRefused() {
        String json = Plans.toJson(smallPlan());
        PlanFormatException twice = catchThrowableOfType(PlanFormatException.class,
                () -> Plans.read(json.replace("\"place\" : \"TP. Y\",", "\"place\" : \"TP. Y\", \"place\" : \"TP. Z\","), "twice.json"));
        assertThat(twice.getMessage()).contains("twice.json").contains("place");
        PlanFormatException trailing = catchThrowableOfType(PlanFormatException.class, () -> Plans.read(json + "{ \"x\" : 1 }", "tail.json"));
        assertThat(trailing.getMessage()).contains("tail.json").contains("after the end");
        PlanFormatException control = catchThrowableOfType(PlanFormatException.class,
                () -> Plans.read(json.replace("\"TP. Y\"", "\"TP.\\u000b Y\""), "ctl.json"));
        assertThat(control.problems()).extracting(Problem::toString)
                .containsExactly("$.place: holds the control character U+000B, which a document cannot show");
        PlanFormatException surrogate = catchThrowableOfType(PlanFormatException.class,
                () -> Plans.read(json.replace("\"TP. Y\"", "\"TP. \\ud800Y\""), "sur.json"));
        assertThat(surrogate.problems()).extracting(Problem::path).containsExactly("$.place");
    }

    @Test
    void outputsOfOneCommandAppearTogetherAndStaleTemporariesGo(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.xlsx");
        Path b = dir.resolve("b.docx");
        Files.writeString(a, "previous a");
        Files.writeString(b, "previous b");
        assertThatThrownBy(() -> AtomicFiles.writeAll(java.util.Map.of(a, out -> out.write("new a".getBytes()), b, out -> {
            throw new IOException("rendering failed");
        }))).hasMessage("rendering failed");
        assertThat(Files.readString(a)).isEqualTo("previous a");
        assertThat(Files.readString(b)).isEqualTo("previous b");
        // a temporary of a process that no longer runs (killed mid-write) is removed by the next write
        long dead = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 100_000;
        Path stale = Files.writeString(dir.resolve(".a.xlsx." + dead + "-1f.tmp"), "half");
        AtomicFiles.writeAll(java.util.Map.of(a, out -> out.write("new a".getBytes()), b, out -> out.write("new b".getBytes())));
        assertThat(Files.readString(a)).isEqualTo("new a");
        assertThat(Files.readString(b)).isEqualTo("new b");
        assertThat(stale).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.xlsx", "b.docx");
        }
    }
}
