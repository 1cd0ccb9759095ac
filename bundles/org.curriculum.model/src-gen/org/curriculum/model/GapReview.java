/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gap Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The review of a standard that no link covers: why the gap is acceptable, and the reviewer's verdict.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.GapReview#getStandard <em>Standard</em>}</li>
 *   <li>{@link org.curriculum.model.GapReview#getJustification <em>Justification</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getGapReview()
 * @model
 * @generated
 */
public interface GapReview extends Reviewable {
	/**
	 * Returns the value of the '<em><b>Standard</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The standard of the target framework left uncovered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Standard</em>' reference.
	 * @see #setStandard(MappableItem)
	 * @see org.curriculum.model.CurriculumPackage#getGapReview_Standard()
	 * @model required="true"
	 * @generated
	 */
	MappableItem getStandard();

	/**
	 * Sets the value of the '{@link org.curriculum.model.GapReview#getStandard <em>Standard</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Standard</em>' reference.
	 * @see #getStandard()
	 * @generated
	 */
	void setStandard(MappableItem value);

	/**
	 * Returns the value of the '<em><b>Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Justification</em>' attribute.
	 * @see #setJustification(String)
	 * @see org.curriculum.model.CurriculumPackage#getGapReview_Justification()
	 * @model
	 * @generated
	 */
	String getJustification();

	/**
	 * Sets the value of the '{@link org.curriculum.model.GapReview#getJustification <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Justification</em>' attribute.
	 * @see #getJustification()
	 * @generated
	 */
	void setJustification(String value);

} // GapReview
