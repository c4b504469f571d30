package cn.nianbao.backend.parser.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CrawlerHeaderTest {

    @Test
    void theHeaderIsMetadataAndTheBodyFollowsTheMarker() {
        String page = """
                标题: 示例县教育局2024年政府信息公开工作年度报告
                发布时间: 2025-01-20 10:26
                文号:\u0020
                发布机构: 示例县人民政府
                原文链接: https://www.example.gov.cn/a/t20250120_1.htm
                页面链接与图片详见 links.tsv(同目录)
                ==================== 正文 ====================
                根据条例编制本报告。
                """;

        CrawlerHeader header = CrawlerHeader.read(page);

        assertThat(header.title()).isEqualTo("示例县教育局2024年政府信息公开工作年度报告");
        assertThat(header.page().publishedOn()).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(header.page().url()).isEqualTo("https://www.example.gov.cn/a/t20250120_1.htm");
        assertThat(header.body()).isEqualTo("根据条例编制本报告。\n");
    }

    @Test
    void aDocumentThatStartsWithItsOwnTextHasNoHeader() {
        String report = "示例县教育局2024年政府信息公开工作年度报告\n标题: 这不是爬虫的页头\n发布时间: 2025-01-20\n";

        CrawlerHeader header = CrawlerHeader.read(report);

        assertThat(header.title()).isNull();
        assertThat(header.body()).isEqualTo(report);
    }
}
