// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

/**
 * Writes the benchmark models of the given sizes (S, M, L) into {@code benchmark.data} if they are not
 * there yet and prints each folder, so that benchmarks outside JMH (the matrix rendering benchmark in
 * the UI tests) read exactly the models the JMH benchmarks read.
 */
public final class PrepareModels {

    private PrepareModels() {
    }

    /** Prepares each size named on the command line (default M and L). */
    public static void main(String[] args) {
        String[] sizes = args.length == 0 ? new String[] { "M", "L" } : args;
        for (String size : sizes) {
            System.out.println(ModelSets.prepare(size));
        }
    }
}
