/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Occupational Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.OccupationalTask#getNumber <em>Number</em>}</li>
 *   <li>{@link org.curriculum.model.OccupationalTask#getProductOrService <em>Product Or Service</em>}</li>
 *   <li>{@link org.curriculum.model.OccupationalTask#getResponsibilities <em>Responsibilities</em>}</li>
 *   <li>{@link org.curriculum.model.OccupationalTask#getContexts <em>Contexts</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getOccupationalTask()
 * @model
 * @generated
 */
public interface OccupationalTask extends MappableItem {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.curriculum.model.CurriculumPackage#getOccupationalTask_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.curriculum.model.OccupationalTask#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Product Or Service</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The task's unique product or service (its outcome).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product Or Service</em>' attribute.
	 * @see #setProductOrService(String)
	 * @see org.curriculum.model.CurriculumPackage#getOccupationalTask_ProductOrService()
	 * @model
	 * @generated
	 */
	String getProductOrService();

	/**
	 * Sets the value of the '{@link org.curriculum.model.OccupationalTask#getProductOrService <em>Product Or Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product Or Service</em>' attribute.
	 * @see #getProductOrService()
	 * @generated
	 */
	void setProductOrService(String value);

	/**
	 * Returns the value of the '<em><b>Responsibilities</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.OccupationalResponsibility}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsibilities</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getOccupationalTask_Responsibilities()
	 * @model containment="true"
	 * @generated
	 */
	EList<OccupationalResponsibility> getResponsibilities();

	/**
	 * Returns the value of the '<em><b>Contexts</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.OccupationalContext}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contexts</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getOccupationalTask_Contexts()
	 * @model containment="true"
	 * @generated
	 */
	EList<OccupationalContext> getContexts();

} // OccupationalTask
