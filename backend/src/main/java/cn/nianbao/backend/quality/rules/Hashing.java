package cn.nianbao.backend.quality.rules;

/** 64-bit mixing for shingle and band hashes (the finaliser of MurmurHash3): fast, well spread, deterministic. */
final class Hashing {

    private Hashing() {
    }

    static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        // 0 marks "no shingle" in NarrativeText
        return h == 0 ? 1 : h;
    }
}
