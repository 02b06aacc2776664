package dev.gcsync.sync.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellsTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "=1+2|'=1+2",
                "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
                "+ skill Billing 4|'+ skill Billing 4",
                "- queue Spanish Line|'- queue Spanish Line",
                "@SUM(A1)|'@SUM(A1)",
                "-3|'-3",
                "~ skill X 3→4|~ skill X 3→4",
                "ana.silva@example.com|ana.silva@example.com",
                "a=b|a=b",
                "'already quoted|'already quoted",
                "` =1+2`|` =1+2`",
                "``|``",
            })
    void neutralisesCellsThatASpreadsheetWouldRunAsFormulas(String value, String expected) {
        assertThat(CsvCells.neutralise(value)).isEqualTo(expected);
    }

    @Test
    void neutralisesLeadingTabCarriageReturnLineFeedAndNul() {
        assertThat(CsvCells.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvCells.neutralise("\n=1")).isEqualTo("'\n=1");
        assertThat(CsvCells.neutralise("\0x")).isEqualTo("'\0x");
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "plain|plain",
                "Silva, Ana|\"Silva, Ana\"",
                "say \"hi\"|\"say \"\"hi\"\"\"",
                "``|``",
            })
    void quotesCommasAndQuotesAsRfc4180Says(String value, String expected) {
        assertThat(CsvCells.quote(value)).isEqualTo(expected);
    }

    @Test
    void quotesLineBreaks() {
        assertThat(CsvCells.quote("one\ntwo")).isEqualTo("\"one\ntwo\"");
        assertThat(CsvCells.quote("one\r\ntwo")).isEqualTo("\"one\r\ntwo\"");
    }

    @Test
    void neutralisesBeforeQuotingSoTheQuoteCannotHideAFormula() {
        assertThat(CsvCells.cell("=cmd|' /C calc'!A0, x")).isEqualTo("\"'=cmd|' /C calc'!A0, x\"");
        assertThat(CsvCells.cell(null)).isEmpty();
    }

    @Test
    void writesAHeaderAndOneCrlfRowPerUserWithoutABom() throws Exception {
        StringWriter out = new StringWriter();
        UsersCsv.write(
                List.of(
                        new UserOutcome(
                                "u-1",
                                "Silva, \"Ana\"",
                                UserOutcome.Status.FAILED,
                                "+ skill Billing 4; - queue Y",
                                "",
                                "skill Billing 4",
                                3,
                                "400 bad\nproficiency"),
                        new UserOutcome("u-2", "bo@example.com", UserOutcome.Status.UNCHANGED, "", "", "", 0, "")),
                out);

        assertThat(out.toString())
                .isEqualTo("user,userId,status,changes,before,after,attempts,error\r\n"
                        + "\"Silva, \"\"Ana\"\"\",u-1,FAILED,'+ skill Billing 4; - queue Y,,skill Billing 4,3,"
                        + "\"400 bad\nproficiency\"\r\n"
                        + "bo@example.com,u-2,UNCHANGED,,,,0,\r\n");
    }
}
