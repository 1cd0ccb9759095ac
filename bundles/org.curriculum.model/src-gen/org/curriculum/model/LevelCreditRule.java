/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Level Credit Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.LevelCreditRule#getLevel <em>Level</em>}</li>
 *   <li>{@link org.curriculum.model.LevelCreditRule#getMinimumCredits <em>Minimum Credits</em>}</li>
 *   <li>{@link org.curriculum.model.LevelCreditRule#isAtOrAbove <em>At Or Above</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getLevelCreditRule()
 * @model
 * @generated
 */
public interface LevelCreditRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #setLevel(int)
	 * @see org.curriculum.model.CurriculumPackage#getLevelCreditRule_Level()
	 * @model
	 * @generated
	 */
	int getLevel();

	/**
	 * Sets the value of the '{@link org.curriculum.model.LevelCreditRule#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(int value);

	/**
	 * Returns the value of the '<em><b>Minimum Credits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum Credits</em>' attribute.
	 * @see #setMinimumCredits(int)
	 * @see org.curriculum.model.CurriculumPackage#getLevelCreditRule_MinimumCredits()
	 * @model
	 * @generated
	 */
	int getMinimumCredits();

	/**
	 * Sets the value of the '{@link org.curriculum.model.LevelCreditRule#getMinimumCredits <em>Minimum Credits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Credits</em>' attribute.
	 * @see #getMinimumCredits()
	 * @generated
	 */
	void setMinimumCredits(int value);

	/**
	 * Returns the value of the '<em><b>At Or Above</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When true, credit at this level or higher counts toward the minimum.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At Or Above</em>' attribute.
	 * @see #setAtOrAbove(boolean)
	 * @see org.curriculum.model.CurriculumPackage#getLevelCreditRule_AtOrAbove()
	 * @model default="false"
	 * @generated
	 */
	boolean isAtOrAbove();

	/**
	 * Sets the value of the '{@link org.curriculum.model.LevelCreditRule#isAtOrAbove <em>At Or Above</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At Or Above</em>' attribute.
	 * @see #isAtOrAbove()
	 * @generated
	 */
	void setAtOrAbove(boolean value);

} // LevelCreditRule
