package cn.nianbao.backend.demo;

import java.util.List;

/** A problem planted in a demo city: which body, which year, what kind, and what a supervisor should find. */
public record PlantedProblem(String agencyCode, int year, String kind, String description) {

    static List<PlantedProblem> forCity(String rootCode, String cityName) {
        return Plant.SITES.stream()
                .map(site -> new PlantedProblem(rootCode + "." + site.suffix(), site.year(), site.plant().name(),
                        site.description()))
                .toList();
    }
}
