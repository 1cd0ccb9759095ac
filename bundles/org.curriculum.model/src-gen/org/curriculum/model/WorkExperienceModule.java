/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Experience Module</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.WorkExperienceModule#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.curriculum.model.WorkExperienceModule#getSupportingEvidence <em>Supporting Evidence</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getWorkExperienceModule()
 * @model
 * @generated
 */
public interface WorkExperienceModule extends CurriculumComponent {
	/**
	 * Returns the value of the '<em><b>Activities</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.WorkActivity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activities</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getWorkExperienceModule_Activities()
	 * @model containment="true"
	 * @generated
	 */
	EList<WorkActivity> getActivities();

	/**
	 * Returns the value of the '<em><b>Supporting Evidence</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supporting Evidence</em>' attribute list.
	 * @see org.curriculum.model.CurriculumPackage#getWorkExperienceModule_SupportingEvidence()
	 * @model
	 * @generated
	 */
	EList<String> getSupportingEvidence();

} // WorkExperienceModule
