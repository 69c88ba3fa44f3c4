package org.claimtrail.timeline;

import org.claimtrail.site.TryAgainSoon;

/** Too many exports are streaming just now: answered 503 with Retry-After, the reader tries again shortly. */
public class ExportsBusy extends TryAgainSoon {

    public ExportsBusy() {
        super("Too many exports are being downloaded just now. Please try again in a few seconds.");
    }
}
