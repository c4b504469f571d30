package cn.nianbao.backend.demo;

import java.util.SplittableRandom;

import cn.nianbao.backend.agency.AgencyKind;

/**
 * How busy a demo body is: requests from natural persons in the first year and their yearly trend, and the sizes of
 * its 表二 and 表四 numbers. Drawn once per body so that its years look like one body's history.
 */
record BodyProfile(double naturalPersons, double trend, int normativePerYear, int licensing, int punishment,
                   int enforcement, double feesWanYuan, int reviews) {

    static BodyProfile of(AgencyKind kind, SplittableRandom random) {
        double trend = -0.06 + random.nextDouble() * 0.2;
        return switch (kind) {
            case PEOPLES_GOVERNMENT -> new BodyProfile(60 + random.nextInt(80), trend, 6, 0, 0, 0, 0, 6);
            case TOWNSHIP -> new BodyProfile(2 + random.nextInt(19), trend, 2, random.nextInt(150),
                    random.nextInt(60), random.nextInt(10), 0, 2);
            case DEPARTMENT -> new BodyProfile(5 + random.nextInt(56), trend, 3, random.nextInt(3000),
                    random.nextInt(1500), random.nextInt(200),
                    random.nextInt(3) == 0 ? 0 : 10 + random.nextInt(800), 4);
            case OTHER -> new BodyProfile(1 + random.nextInt(5), trend, 1, 0, 0, 0, 0, 1);
        };
    }
}
