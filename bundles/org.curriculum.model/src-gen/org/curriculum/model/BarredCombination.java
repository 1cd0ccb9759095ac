/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import java.util.Map;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Barred Combination</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.BarredCombination#getComponents <em>Components</em>}</li>
 *   <li>{@link org.curriculum.model.BarredCombination#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getBarredCombination()
 * @model
 * @generated
 */
public interface BarredCombination extends EObject {
	/**
	 * Returns the value of the '<em><b>Components</b></em>' reference list.
	 * The list contents are of type {@link org.curriculum.model.CurriculumComponent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Components</em>' reference list.
	 * @see org.curriculum.model.CurriculumPackage#getBarredCombination_Components()
	 * @model lower="2"
	 * @generated
	 */
	EList<CurriculumComponent> getComponents();

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.curriculum.model.CurriculumPackage#getBarredCombination_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.curriculum.model.BarredCombination#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A barred combination names only optional components of its qualification.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validateOnlyOptionalComponents(DiagnosticChain diagnostics, Map<Object, Object> context);

} // BarredCombination
