/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import java.util.Map;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mapping Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a mapping file: the links from the items of one framework to the items of another.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.MappingSet#getSource <em>Source</em>}</li>
 *   <li>{@link org.curriculum.model.MappingSet#getTarget <em>Target</em>}</li>
 *   <li>{@link org.curriculum.model.MappingSet#getKey <em>Key</em>}</li>
 *   <li>{@link org.curriculum.model.MappingSet#getLinks <em>Links</em>}</li>
 *   <li>{@link org.curriculum.model.MappingSet#isApprovedPublication <em>Approved Publication</em>}</li>
 *   <li>{@link org.curriculum.model.MappingSet#getGapReviews <em>Gap Reviews</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getMappingSet()
 * @model
 * @generated
 */
public interface MappingSet extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The framework whose items are mapped (e.g. a qualification's curriculum).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Framework)
	 * @see org.curriculum.model.CurriculumPackage#getMappingSet_Source()
	 * @model
	 * @generated
	 */
	Framework getSource();

	/**
	 * Sets the value of the '{@link org.curriculum.model.MappingSet#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Framework value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The framework mapped against (e.g. a NOS suite).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Framework)
	 * @see org.curriculum.model.CurriculumPackage#getMappingSet_Target()
	 * @model
	 * @generated
	 */
	Framework getTarget();

	/**
	 * Sets the value of the '{@link org.curriculum.model.MappingSet#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Framework value);

	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The published key/legend, e.g. 'tick indicates partial coverage of the NVQ unit'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.curriculum.model.CurriculumPackage#getMappingSet_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.curriculum.model.MappingSet#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.MappingLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getMappingSet_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<MappingLink> getLinks();

	/**
	 * Returns the value of the '<em><b>Approved Publication</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The grid is an approved publication: a link with no stored review state reads as accepted instead of proposed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approved Publication</em>' attribute.
	 * @see #setApprovedPublication(boolean)
	 * @see org.curriculum.model.CurriculumPackage#getMappingSet_ApprovedPublication()
	 * @model
	 * @generated
	 */
	boolean isApprovedPublication();

	/**
	 * Sets the value of the '{@link org.curriculum.model.MappingSet#isApprovedPublication <em>Approved Publication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved Publication</em>' attribute.
	 * @see #isApprovedPublication()
	 * @generated
	 */
	void setApprovedPublication(boolean value);

	/**
	 * Returns the value of the '<em><b>Gap Reviews</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.GapReview}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The review of standards no link covers: a justification, and whether the gap is accepted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gap Reviews</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getMappingSet_GapReviews()
	 * @model containment="true"
	 * @generated
	 */
	EList<GapReview> getGapReviews();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A mapping set names its source and target frameworks.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validateFrameworks(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No item is linked to the same standard twice.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validateNoDuplicateLinks(DiagnosticChain diagnostics, Map<Object, Object> context);

} // MappingSet
