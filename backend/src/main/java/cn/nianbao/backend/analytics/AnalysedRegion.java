package cn.nianbao.backend.analytics;

import cn.nianbao.backend.agency.Agency;
import cn.nianbao.backend.platform.security.Caller;

/** A region the caller may see, and the bodies of it an analysis covers (see {@link BodySelection}). */
record AnalysedRegion(Agency root, BodySelection selection, Caller caller) {

    RegionRef ref() {
        return RegionRef.of(root);
    }

    /** The same region with every kind of body: what "years with a report in the region" looks at. */
    BodySelection wholeRegion() {
        return new BodySelection(selection.regionCode(), selection.regionItself(), null);
    }
}
