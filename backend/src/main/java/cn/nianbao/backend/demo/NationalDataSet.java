package cn.nianbao.backend.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import cn.nianbao.backend.agency.AgencyKind;
import cn.nianbao.backend.agency.NewAgency;
import cn.nianbao.backend.agency.ReportingPeriod;

/**
 * A generated country at the scale of the real one: 31 provinces → about 330 cities → about 2,800 counties → about
 * 38,000 townships and streets, about 30 departments per county and 40 per city and province — about 140,000 bodies,
 * each reporting every year. Every county (and every city's and province's own departments) is generated like the
 * demo city 示例市, so the numbers keep the table identities and each county carries the demo city's planted kinds of
 * problem (missing, late, sums that do not add up, blanks, carried-over breaks) at the demo city's rates. All bodies
 * are marked demo. Deterministic for a seed.
 */
final class NationalDataSet {

    static final String ROOT = "cn";
    static final int PROVINCES = 31;

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final String[] DEPARTMENTS = {
        "发展和改革委员会", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局", "司法局", "财政局",
        "人力资源和社会保障局", "自然资源和规划局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局",
        "农业农村局", "商务局", "文化和旅游局", "卫生健康委员会", "退役军人事务局", "应急管理局", "审计局",
        "市场监督管理局", "统计局", "医疗保障局", "林业局", "城市管理局", "信访局", "行政审批局", "体育局",
        "民族宗教事务局", "档案局", "粮食和物资储备局", "人民防空办公室", "机关事务管理局", "外事办公室",
        "地方金融监督管理局", "政务服务管理局", "乡村振兴局", "气象局", "国有资产监督管理委员会"};

    /** A body to write, with its parent's code, and the demo city whose generator makes its reports. */
    record Body(NewAgency agency, DemoCity generator) {
    }

    private final int firstYear;
    private final int lastYear;
    private final long seed;

    NationalDataSet(int firstYear, int lastYear, long seed) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.seed = seed;
    }

    /** Every body, parents before children; {@code provinces} below 31 builds a part of the country. */
    void bodies(int provinces, Consumer<Body> sink) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ReportingPeriod> always = List.of(new ReportingPeriod(firstYear, null));
        DemoCity country = city(ROOT, "全国");
        sink.accept(new Body(new NewAgency(ROOT, "国务院办公厅（示例）", AgencyKind.PEOPLES_GOVERNMENT, null, 0, true,
                always), country));
        for (int p = 1; p <= provinces; p++) {
            String provinceCode = String.format("%s.p%02d", ROOT, p);
            String provinceName = "示例" + numeral(p) + "省";
            DemoCity province = city(provinceCode, provinceName);
            sink.accept(new Body(new NewAgency(provinceCode, provinceName + "人民政府", AgencyKind.PEOPLES_GOVERNMENT,
                    ROOT, p, true, always), province));
            departments(provinceCode, provinceName, 40, province, always, sink);
            int cities = 8 + random.nextInt(6);
            for (int c = 1; c <= cities; c++) {
                String cityCode = String.format("%s.c%02d", provinceCode, c);
                String cityName = provinceName + "第" + numeral(c) + "市";
                DemoCity city = city(cityCode, cityName);
                sink.accept(new Body(new NewAgency(cityCode, cityName + "人民政府", AgencyKind.PEOPLES_GOVERNMENT,
                        provinceCode, c, true, always), city));
                departments(cityCode, cityName, 40, city, always, sink);
                int counties = 6 + random.nextInt(6);
                for (int k = 1; k <= counties; k++) {
                    county(cityCode, cityName, k, random, always, sink);
                }
            }
        }
    }

    private void county(String cityCode, String cityName, int k, SplittableRandom random,
                        List<ReportingPeriod> always, Consumer<Body> sink) {
        String code = String.format("%s.k%02d", cityCode, k);
        String name = cityName + "第" + numeral(k) + "县";
        DemoCity county = city(code, name);
        sink.accept(new Body(new NewAgency(code, name + "人民政府", AgencyKind.PEOPLES_GOVERNMENT, cityCode, k, true,
                always), county));
        int townships = 9 + random.nextInt(10);
        for (int t = 0; t < townships; t++) {
            String township = DemoCity.TOWNSHIPS[t % DemoCity.TOWNSHIPS.length];
            String body = (t >= DemoCity.TOWNSHIPS.length ? numeral(t / DemoCity.TOWNSHIPS.length + 1) : "")
                    + township + (township.endsWith("街道") ? "办事处" : "人民政府");
            List<ReportingPeriod> period = always;
            // like 示例市: the fifteenth township is merged away after 2021, the sixteenth founded in 2022
            if (t == 14) {
                period = List.of(new ReportingPeriod(firstYear, Math.max(firstYear, 2021)));
            } else if (t == 15) {
                period = List.of(new ReportingPeriod(Math.min(lastYear, 2022), null));
            }
            sink.accept(new Body(new NewAgency(county.townshipCode(t), name + body, AgencyKind.TOWNSHIP, code,
                    t + 1, true, period), county));
        }
        departments(code, name, 30, county, always, sink);
    }

    private static void departments(String parentCode, String parentName, int count, DemoCity generator,
                                    List<ReportingPeriod> always, Consumer<Body> sink) {
        for (int d = 0; d < count; d++) {
            sink.accept(new Body(new NewAgency(generator.departmentCode(d), parentName + DEPARTMENTS[d % DEPARTMENTS.length],
                    AgencyKind.DEPARTMENT, parentCode, 100 + d + 1, true, always), generator));
        }
    }

    private DemoCity city(String code, String name) {
        return new DemoCity(new DemoCity.Spec(code, name, firstYear, lastYear, seed ^ code.hashCode(), true));
    }

    /** 1 → 一, 12 → 十二, 31 → 三十一. */
    static String numeral(int n) {
        if (n <= 10) {
            return NUMERALS[n - 1];
        }
        String tens = n / 10 == 1 ? "十" : NUMERALS[n / 10 - 1] + "十";
        return n % 10 == 0 ? tens : tens + NUMERALS[n % 10 - 1];
    }

    /** The bodies as a list (for tests of a small part of the country). */
    List<Body> bodies(int provinces) {
        List<Body> all = new ArrayList<>();
        bodies(provinces, all::add);
        return all;
    }
}
