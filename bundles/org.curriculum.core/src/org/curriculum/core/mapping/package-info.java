// SPDX-License-Identifier: EPL-2.0
/**
 * Mappings composed through a shared framework: which items of two frameworks relate through the
 * standards they both cover, and what one mapping adds to the other's coverage.
 *
 * <p>Start with {@link org.curriculum.core.mapping.ComposedMapping#compose(org.curriculum.model.MappingSet,
 * org.curriculum.model.MappingSet)}.
 */
package org.curriculum.core.mapping;
