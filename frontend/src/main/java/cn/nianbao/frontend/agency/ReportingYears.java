package cn.nianbao.frontend.agency;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import cn.nianbao.frontend.backend.agencies.Agency.ReportingPeriod;

/** The years a body must report, in words: 2019 年起；2016–2018 年. */
final class ReportingYears {

    private ReportingYears() {
    }

    static String describe(List<ReportingPeriod> periods, BiFunction<String, Object[], String> translation) {
        if (periods.isEmpty()) {
            return translation.apply("agencies.periods.none", new Object[0]);
        }
        return periods.stream()
                .map(period -> period.lastYear() == null
                        ? translation.apply("agencies.periods.open", new Object[] {String.valueOf(period.firstYear())})
                        : translation.apply("agencies.periods.closed", new Object[] {
                                String.valueOf(period.firstYear()), String.valueOf(period.lastYear())}))
                .collect(Collectors.joining(translation.apply("agencies.periods.separator", new Object[0])));
    }
}
