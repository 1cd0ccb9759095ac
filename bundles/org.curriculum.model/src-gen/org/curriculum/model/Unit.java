/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A unit of assessment: number (e.g. 301), reference code (e.g. Y/503/0365), aim and learning outcomes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.Unit#getReferenceCode <em>Reference Code</em>}</li>
 *   <li>{@link org.curriculum.model.Unit#getAim <em>Aim</em>}</li>
 *   <li>{@link org.curriculum.model.Unit#getIntroduction <em>Introduction</em>}</li>
 *   <li>{@link org.curriculum.model.Unit#getGuidance <em>Guidance</em>}</li>
 *   <li>{@link org.curriculum.model.Unit#getLearningOutcomes <em>Learning Outcomes</em>}</li>
 *   <li>{@link org.curriculum.model.Unit#getGuidanceDocuments <em>Guidance Documents</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getUnit()
 * @model
 * @generated
 */
public interface Unit extends CurriculumComponent {
	/**
	 * Returns the value of the '<em><b>Reference Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference Code</em>' attribute.
	 * @see #setReferenceCode(String)
	 * @see org.curriculum.model.CurriculumPackage#getUnit_ReferenceCode()
	 * @model
	 * @generated
	 */
	String getReferenceCode();

	/**
	 * Sets the value of the '{@link org.curriculum.model.Unit#getReferenceCode <em>Reference Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference Code</em>' attribute.
	 * @see #getReferenceCode()
	 * @generated
	 */
	void setReferenceCode(String value);

	/**
	 * Returns the value of the '<em><b>Aim</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aim</em>' attribute.
	 * @see #setAim(String)
	 * @see org.curriculum.model.CurriculumPackage#getUnit_Aim()
	 * @model
	 * @generated
	 */
	String getAim();

	/**
	 * Sets the value of the '{@link org.curriculum.model.Unit#getAim <em>Aim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aim</em>' attribute.
	 * @see #getAim()
	 * @generated
	 */
	void setAim(String value);

	/**
	 * Returns the value of the '<em><b>Introduction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Introduction</em>' attribute.
	 * @see #setIntroduction(String)
	 * @see org.curriculum.model.CurriculumPackage#getUnit_Introduction()
	 * @model
	 * @generated
	 */
	String getIntroduction();

	/**
	 * Sets the value of the '{@link org.curriculum.model.Unit#getIntroduction <em>Introduction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Introduction</em>' attribute.
	 * @see #getIntroduction()
	 * @generated
	 */
	void setIntroduction(String value);

	/**
	 * Returns the value of the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guidance</em>' attribute.
	 * @see #setGuidance(String)
	 * @see org.curriculum.model.CurriculumPackage#getUnit_Guidance()
	 * @model
	 * @generated
	 */
	String getGuidance();

	/**
	 * Sets the value of the '{@link org.curriculum.model.Unit#getGuidance <em>Guidance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guidance</em>' attribute.
	 * @see #getGuidance()
	 * @generated
	 */
	void setGuidance(String value);

	/**
	 * Returns the value of the '<em><b>Learning Outcomes</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.LearningOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Learning Outcomes</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getUnit_LearningOutcomes()
	 * @model containment="true"
	 * @generated
	 */
	EList<LearningOutcome> getLearningOutcomes();

	/**
	 * Returns the value of the '<em><b>Guidance Documents</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.GuidanceDocument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guidance Documents</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getUnit_GuidanceDocuments()
	 * @model containment="true"
	 * @generated
	 */
	EList<GuidanceDocument> getGuidanceDocuments();

} // Unit
