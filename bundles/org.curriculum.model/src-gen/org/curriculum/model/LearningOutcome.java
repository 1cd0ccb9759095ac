/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Learning Outcome</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.LearningOutcome#getContent <em>Content</em>}</li>
 *   <li>{@link org.curriculum.model.LearningOutcome#getAssessmentCriteria <em>Assessment Criteria</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getLearningOutcome()
 * @model
 * @generated
 */
public interface LearningOutcome extends MappableItem {
	/**
	 * Returns the value of the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit content for this outcome.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content</em>' attribute.
	 * @see #setContent(String)
	 * @see org.curriculum.model.CurriculumPackage#getLearningOutcome_Content()
	 * @model
	 * @generated
	 */
	String getContent();

	/**
	 * Sets the value of the '{@link org.curriculum.model.LearningOutcome#getContent <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content</em>' attribute.
	 * @see #getContent()
	 * @generated
	 */
	void setContent(String value);

	/**
	 * Returns the value of the '<em><b>Assessment Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.AssessmentCriterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessment Criteria</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getLearningOutcome_AssessmentCriteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<AssessmentCriterion> getAssessmentCriteria();

} // LearningOutcome
