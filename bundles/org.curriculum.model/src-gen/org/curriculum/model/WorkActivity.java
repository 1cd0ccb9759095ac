/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.WorkActivity#getMode <em>Mode</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getWorkActivity()
 * @model
 * @generated
 */
public interface WorkActivity extends MappableItem {
	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.curriculum.model.WorkActivityMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.curriculum.model.WorkActivityMode
	 * @see #setMode(WorkActivityMode)
	 * @see org.curriculum.model.CurriculumPackage#getWorkActivity_Mode()
	 * @model
	 * @generated
	 */
	WorkActivityMode getMode();

	/**
	 * Sets the value of the '{@link org.curriculum.model.WorkActivity#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.curriculum.model.WorkActivityMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(WorkActivityMode value);

} // WorkActivity
