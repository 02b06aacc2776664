package dev.gcsync.sync.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final String ATTACK = "<script>alert(1)</script>";
    private static final Pattern DATA_BLOCK =
            Pattern.compile("<script type=\"application/json\" id=\"users-data\">(.*?)</script>", Pattern.DOTALL);

    @Test
    void escapesUserTextEverywhereItAppears() throws Exception {
        RunSummary s = ReportFixtures.summary(List.of("note " + ATTACK));
        RunSummary hostile = new SummaryFixture()
                .where("target " + ATTACK, "files " + ATTACK)
                .users(1, 1, 0, 0, 1, 0, 0)
                .ops(1, 0, 1, 0)
                .requests(1, 0, 0)
                .rates(0, 0)
                .notes(s.notes())
                .build();
        String html = render(new RunReport(
                hostile,
                List.of(ReportFixtures.user(
                        ATTACK,
                        UserOutcome.Status.FAILED,
                        "+ skill </script><img src=x onerror=alert(2)>",
                        "</script>")),
                List.of()));

        assertThat(html).doesNotContain(ATTACK).doesNotContain("<img").doesNotContain("alert(1)</script>");
        assertThat(html)
                .contains("note &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("target &lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(count(html, "</script>"))
                .as("only the data block and the page script close")
                .isEqualTo(2);
    }

    @Test
    void carriesEveryUserAsJsonThatParsesBackToTheSameText() throws Exception {
        List<UserOutcome> users = List.of(
                ReportFixtures.user(ATTACK, UserOutcome.Status.FAILED, "+ skill X 4 & more", "</script><!--"),
                ReportFixtures.user("ana@example.com", UserOutcome.Status.CONVERGED, "~ skill X 3→4", ""));

        String block = dataBlock(render(ReportFixtures.report(users, List.of())));

        assertThat(block).doesNotContain("<").doesNotContain(">");
        JsonNode rows = new ObjectMapper().readTree(block);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(0).asText()).isEqualTo(ATTACK);
        assertThat(rows.get(0).get(2).asText()).isEqualTo("FAILED");
        assertThat(rows.get(0).get(7).asText()).isEqualTo("</script><!--");
        assertThat(rows.get(1).get(3).asText()).isEqualTo("~ skill X 3→4");
        assertThat(rows.get(1).get(6).asInt()).isEqualTo(1);
    }

    @Test
    void loadsNothingFromTheNetwork() throws Exception {
        String html = render(ReportFixtures.report(
                List.of(ReportFixtures.user("ana@example.com", UserOutcome.Status.CONVERGED, "+ skill X 4", "")),
                ReportFixtures.steadyTimeline(30)));

        assertThat(html)
                .doesNotContain("http://")
                .doesNotContain("https://")
                .doesNotContain(" src=")
                .doesNotContain(" href=")
                .doesNotContain("url(")
                .doesNotContain("@import");
        assertThat(html).contains("<svg class=\"timeline\"").contains("<polyline class=\"requests\"");
    }

    @Test
    void allowsExactlyItsOwnStyleAndScriptByHash() throws Exception {
        String html = render(ReportFixtures.report(List.of(), List.of()));

        String policy = html.substring(html.indexOf("Content-Security-Policy\" content=\""));
        assertThat(policy)
                .contains("default-src 'none'")
                .contains("'" + PageAssets.sha256(between(html, "<style>", "</style>")) + "'")
                .contains("'" + PageAssets.sha256(between(html, "<script>", "</script>")) + "'");
    }

    @Test
    void offersAStatusFilterWithCountsAndASearchBox() throws Exception {
        String html = render(ReportFixtures.report(
                List.of(
                        ReportFixtures.user("a", UserOutcome.Status.FAILED, "", "x"),
                        ReportFixtures.user("b", UserOutcome.Status.FAILED, "", "y"),
                        ReportFixtures.user("c", UserOutcome.Status.CONVERGED, "", "")),
                List.of()));

        assertThat(html)
                .contains("<input type=\"search\" id=\"q\"")
                .contains("<option value=\"FAILED\">FAILED (2)</option>")
                .contains("<option value=\"PENDING\">PENDING (0)</option>")
                .contains("<option value=\"\">all statuses (3)</option>");
    }

    @Test
    void rendersAHundredThousandUsersAsOneJsonRowEach() throws Exception {
        List<UserOutcome> users = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            users.add(ReportFixtures.user(
                    "user" + i + "@example.com", UserOutcome.Status.CONVERGED, "+ skill Billing 4; ~ skill X 3→4", ""));
        }

        String block = dataBlock(render(ReportFixtures.report(users, ReportFixtures.steadyTimeline(20_000))));

        assertThat(block.lines().count()).isEqualTo(100_001);
    }

    private static String render(RunReport report) throws Exception {
        StringWriter out = new StringWriter();
        HtmlReport.write(report, out);
        return out.toString();
    }

    private static String dataBlock(String html) {
        Matcher m = DATA_BLOCK.matcher(html);
        assertThat(m.find()).as("users data block present").isTrue();
        return m.group(1);
    }

    private static String between(String text, String open, String close) {
        int from = text.indexOf(open) + open.length();
        return text.substring(from, text.indexOf(close, from));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
