/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import java.util.Map;
import org.eclipse.emf.common.util.DiagnosticChain;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Part Qualification</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.PartQualification#getFullQualification <em>Full Qualification</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getPartQualification()
 * @model
 * @generated
 */
public interface PartQualification extends Qualification {
	/**
	 * Returns the value of the '<em><b>Full Qualification</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Full Qualification</em>' reference.
	 * @see #setFullQualification(Qualification)
	 * @see org.curriculum.model.CurriculumPackage#getPartQualification_FullQualification()
	 * @model
	 * @generated
	 */
	Qualification getFullQualification();

	/**
	 * Sets the value of the '{@link org.curriculum.model.PartQualification#getFullQualification <em>Full Qualification</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Full Qualification</em>' reference.
	 * @see #getFullQualification()
	 * @generated
	 */
	void setFullQualification(Qualification value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A part qualification contains only components of its full qualification.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validateSubsetOfFullQualification(DiagnosticChain diagnostics, Map<Object, Object> context);

} // PartQualification
