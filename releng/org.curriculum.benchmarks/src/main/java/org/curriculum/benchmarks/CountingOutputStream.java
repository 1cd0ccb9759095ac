// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.io.OutputStream;

/** Discards what is written and counts the bytes, so that exports are measured without the disk. */
public final class CountingOutputStream extends OutputStream {

    private long count;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        count += len;
    }

    /** Bytes written so far. */
    public long count() {
        return count;
    }
}
