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
 * A representation of the model object '<em><b>Document Listing</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.DocumentListing#getTitle <em>Title</em>}</li>
 *   <li>{@link org.curriculum.model.DocumentListing#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getDocumentListing()
 * @model
 * @generated
 */
public interface DocumentListing extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.curriculum.model.CurriculumPackage#getDocumentListing_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.curriculum.model.DocumentListing#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.ListingEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getDocumentListing_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<ListingEntry> getEntries();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every entry of a printed listing names a component of the curriculum by its number and title, and every component of a listed kind appears in the listing.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validateEntriesMatchComponents(DiagnosticChain diagnostics, Map<Object, Object> context);

} // DocumentListing
