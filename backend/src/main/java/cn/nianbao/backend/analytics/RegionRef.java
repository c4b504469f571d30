package cn.nianbao.backend.analytics;

import cn.nianbao.backend.agency.Agency;

/** The region an answer is about. */
public record RegionRef(String code, String name, boolean demo) {

    static RegionRef of(Agency agency) {
        return new RegionRef(agency.code(), agency.name(), agency.demo());
    }
}
