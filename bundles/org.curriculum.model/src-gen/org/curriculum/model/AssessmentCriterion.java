/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.curriculum.model.CurriculumPackage#getAssessmentCriterion()
 * @model
 * @generated
 */
public interface AssessmentCriterion extends MappableItem {
} // AssessmentCriterion
