package cn.nianbao.backend.chart.rendering;

/**
 * A series or category of a JFreeChart dataset: the key (an agency code, a metric id) keeps two bodies of the same
 * name apart, the label is what is shown.
 */
record SeriesKey(String key, String label) implements Comparable<SeriesKey> {

    @Override
    public String toString() {
        return label;
    }

    @Override
    public int compareTo(SeriesKey other) {
        return key.compareTo(other.key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SeriesKey that && that.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
