package cn.nianbao.backend.importing.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.nianbao.backend.contract.ContractJson;
import cn.nianbao.backend.importing.ImportItem;
import cn.nianbao.backend.importing.ImportJob;
import cn.nianbao.backend.importing.ImportJobs;
import cn.nianbao.backend.importing.ItemStatus;
import tools.jackson.databind.JsonNode;

/** The import API's JSON (snake_case like the rest of the API). */
final class ImportJson {

    private ImportJson() {
    }

    record Started(UUID id) {
    }

    record Job(UUID id, String state, int total, int processed, OffsetDateTime createdAt, String createdBy,
               List<Item> items) {

        static Job of(ImportJobs.Detailed detailed) {
            ImportJob job = detailed.job();
            return new Job(job.id(), job.state(), job.total(), job.processed(), job.createdAt(), job.createdBy(),
                    detailed.items().stream().map(Item::of).toList());
        }
    }

    record Item(int index, String file, String status, String agencyCode, String agencyName, Integer year,
                Integer versionNo, String message, JsonNode findings, JsonNode candidates) {

        static Item of(ImportItem item) {
            return new Item(item.index(), item.fileName(), item.status().code(), item.agencyCode(), item.agencyName(),
                    item.year(), item.versionNo(), item.message(), array(item.findingsJson()),
                    array(item.candidatesJson()));
        }
    }

    /** An item with its parsed report (contract form), for the preview of an item that waits; null when not kept. */
    record ItemWithReport(int index, String file, String status, String agencyCode, String agencyName, Integer year,
                          Integer versionNo, String message, JsonNode findings, JsonNode candidates, JsonNode report) {

        static ItemWithReport of(ImportItem item) {
            Item plain = Item.of(item);
            return new ItemWithReport(plain.index(), plain.file(), plain.status(), plain.agencyCode(),
                    plain.agencyName(), plain.year(), plain.versionNo(), plain.message(), plain.findings(),
                    plain.candidates(), item.reportJson() == null ? null
                            : ContractJson.MAPPER.readTree(item.reportJson()));
        }
    }

    record Summary(UUID id, String state, int total, int processed, OffsetDateTime createdAt,
                   Map<String, Integer> counts) {

        static Summary of(ImportJob job) {
            Map<String, Integer> counts = new java.util.LinkedHashMap<>();
            for (ItemStatus status : ItemStatus.values()) {
                counts.put(status.code(), job.count(status));
            }
            return new Summary(job.id(), job.state(), job.total(), job.processed(), job.createdAt(), counts);
        }
    }

    record Candidate(String agencyCode, String agencyName, String parentName, boolean detected) {

        static Candidate of(ImportJobs.Candidate found) {
            return new Candidate(found.agencyCode(), found.agencyName(), found.parentName(), found.detected());
        }
    }

    record Confirmation(String agencyCode, Integer year) {
    }

    private static JsonNode array(String json) {
        return json == null ? ContractJson.MAPPER.createArrayNode() : ContractJson.MAPPER.readTree(json);
    }
}
