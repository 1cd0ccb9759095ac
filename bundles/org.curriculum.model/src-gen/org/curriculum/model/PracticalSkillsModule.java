/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Practical Skills Module</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.PracticalSkillsModule#getSkills <em>Skills</em>}</li>
 *   <li>{@link org.curriculum.model.PracticalSkillsModule#getAssessmentCriteria <em>Assessment Criteria</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getPracticalSkillsModule()
 * @model
 * @generated
 */
public interface PracticalSkillsModule extends CurriculumComponent {
	/**
	 * Returns the value of the '<em><b>Skills</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.PracticalSkill}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Skills</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getPracticalSkillsModule_Skills()
	 * @model containment="true"
	 * @generated
	 */
	EList<PracticalSkill> getSkills();

	/**
	 * Returns the value of the '<em><b>Assessment Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.AssessmentCriterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Internal assessment criteria.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assessment Criteria</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getPracticalSkillsModule_AssessmentCriteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<AssessmentCriterion> getAssessmentCriteria();

} // PracticalSkillsModule
