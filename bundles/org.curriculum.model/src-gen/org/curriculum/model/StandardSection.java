/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Standard Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.StandardSection#getSections <em>Sections</em>}</li>
 *   <li>{@link org.curriculum.model.StandardSection#getStandards <em>Standards</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getStandardSection()
 * @model
 * @generated
 */
public interface StandardSection extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.StandardSection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getStandardSection_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<StandardSection> getSections();

	/**
	 * Returns the value of the '<em><b>Standards</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.Standard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Standards</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getStandardSection_Standards()
	 * @model containment="true"
	 * @generated
	 */
	EList<Standard> getStandards();

} // StandardSection
