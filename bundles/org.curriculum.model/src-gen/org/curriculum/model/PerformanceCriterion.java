/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Performance Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.curriculum.model.CurriculumPackage#getPerformanceCriterion()
 * @model
 * @generated
 */
public interface PerformanceCriterion extends MappableItem {
} // PerformanceCriterion
