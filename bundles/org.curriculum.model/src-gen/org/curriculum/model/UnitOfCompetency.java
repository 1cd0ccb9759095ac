/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Unit Of Competency</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.UnitOfCompetency#getFunctionalArea <em>Functional Area</em>}</li>
 *   <li>{@link org.curriculum.model.UnitOfCompetency#getRange <em>Range</em>}</li>
 *   <li>{@link org.curriculum.model.UnitOfCompetency#getRemark <em>Remark</em>}</li>
 *   <li>{@link org.curriculum.model.UnitOfCompetency#getPerformanceRequirements <em>Performance Requirements</em>}</li>
 *   <li>{@link org.curriculum.model.UnitOfCompetency#getAssessmentCriteria <em>Assessment Criteria</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getUnitOfCompetency()
 * @model
 * @generated
 */
public interface UnitOfCompetency extends CurriculumComponent {
	/**
	 * Returns the value of the '<em><b>Functional Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Functional Area</em>' attribute.
	 * @see #setFunctionalArea(String)
	 * @see org.curriculum.model.CurriculumPackage#getUnitOfCompetency_FunctionalArea()
	 * @model
	 * @generated
	 */
	String getFunctionalArea();

	/**
	 * Sets the value of the '{@link org.curriculum.model.UnitOfCompetency#getFunctionalArea <em>Functional Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Functional Area</em>' attribute.
	 * @see #getFunctionalArea()
	 * @generated
	 */
	void setFunctionalArea(String value);

	/**
	 * Returns the value of the '<em><b>Range</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Range</em>' attribute.
	 * @see #setRange(String)
	 * @see org.curriculum.model.CurriculumPackage#getUnitOfCompetency_Range()
	 * @model
	 * @generated
	 */
	String getRange();

	/**
	 * Sets the value of the '{@link org.curriculum.model.UnitOfCompetency#getRange <em>Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Range</em>' attribute.
	 * @see #getRange()
	 * @generated
	 */
	void setRange(String value);

	/**
	 * Returns the value of the '<em><b>Remark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remark</em>' attribute.
	 * @see #setRemark(String)
	 * @see org.curriculum.model.CurriculumPackage#getUnitOfCompetency_Remark()
	 * @model
	 * @generated
	 */
	String getRemark();

	/**
	 * Sets the value of the '{@link org.curriculum.model.UnitOfCompetency#getRemark <em>Remark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remark</em>' attribute.
	 * @see #getRemark()
	 * @generated
	 */
	void setRemark(String value);

	/**
	 * Returns the value of the '<em><b>Performance Requirements</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.PerformanceRequirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Performance Requirements</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getUnitOfCompetency_PerformanceRequirements()
	 * @model containment="true"
	 * @generated
	 */
	EList<PerformanceRequirement> getPerformanceRequirements();

	/**
	 * Returns the value of the '<em><b>Assessment Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.AssessmentCriterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessment Criteria</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getUnitOfCompetency_AssessmentCriteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<AssessmentCriterion> getAssessmentCriteria();

} // UnitOfCompetency
