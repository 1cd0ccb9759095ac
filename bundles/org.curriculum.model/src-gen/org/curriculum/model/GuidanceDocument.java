/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Guidance Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Guidance attached to a unit, such as a topic synopsis.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.GuidanceDocument#getKind <em>Kind</em>}</li>
 *   <li>{@link org.curriculum.model.GuidanceDocument#getSections <em>Sections</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getGuidanceDocument()
 * @model
 * @generated
 */
public interface GuidanceDocument extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.curriculum.model.GuidanceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.curriculum.model.GuidanceKind
	 * @see #setKind(GuidanceKind)
	 * @see org.curriculum.model.CurriculumPackage#getGuidanceDocument_Kind()
	 * @model
	 * @generated
	 */
	GuidanceKind getKind();

	/**
	 * Sets the value of the '{@link org.curriculum.model.GuidanceDocument#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.curriculum.model.GuidanceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(GuidanceKind value);

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.GuidanceSection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getGuidanceDocument_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<GuidanceSection> getSections();

} // GuidanceDocument
