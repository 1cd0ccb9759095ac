/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import java.util.Date;

import java.util.Map;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reviewable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a council reviews in a grid (a link or a gap): its review state, who reviewed it and when, and a comment thread.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.Reviewable#getReviewState <em>Review State</em>}</li>
 *   <li>{@link org.curriculum.model.Reviewable#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.curriculum.model.Reviewable#getReviewedOn <em>Reviewed On</em>}</li>
 *   <li>{@link org.curriculum.model.Reviewable#getComments <em>Comments</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getReviewable()
 * @model abstract="true"
 * @generated
 */
public interface Reviewable extends EObject {
	/**
	 * Returns the value of the '<em><b>Review State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.curriculum.model.ReviewState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The state a reviewer gave; unset (and not saved) until someone reviews, so older files read unchanged.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review State</em>' attribute.
	 * @see org.curriculum.model.ReviewState
	 * @see #isSetReviewState()
	 * @see #unsetReviewState()
	 * @see #setReviewState(ReviewState)
	 * @see org.curriculum.model.CurriculumPackage#getReviewable_ReviewState()
	 * @model unsettable="true"
	 * @generated
	 */
	ReviewState getReviewState();

	/**
	 * Sets the value of the '{@link org.curriculum.model.Reviewable#getReviewState <em>Review State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review State</em>' attribute.
	 * @see org.curriculum.model.ReviewState
	 * @see #isSetReviewState()
	 * @see #unsetReviewState()
	 * @see #getReviewState()
	 * @generated
	 */
	void setReviewState(ReviewState value);

	/**
	 * Unsets the value of the '{@link org.curriculum.model.Reviewable#getReviewState <em>Review State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetReviewState()
	 * @see #getReviewState()
	 * @see #setReviewState(ReviewState)
	 * @generated
	 */
	void unsetReviewState();

	/**
	 * Returns whether the value of the '{@link org.curriculum.model.Reviewable#getReviewState <em>Review State</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Review State</em>' attribute is set.
	 * @see #unsetReviewState()
	 * @see #getReviewState()
	 * @see #setReviewState(ReviewState)
	 * @generated
	 */
	boolean isSetReviewState();

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer</em>' attribute.
	 * @see #setReviewer(String)
	 * @see org.curriculum.model.CurriculumPackage#getReviewable_Reviewer()
	 * @model
	 * @generated
	 */
	String getReviewer();

	/**
	 * Sets the value of the '{@link org.curriculum.model.Reviewable#getReviewer <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' attribute.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(String value);

	/**
	 * Returns the value of the '<em><b>Reviewed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewed On</em>' attribute.
	 * @see #setReviewedOn(Date)
	 * @see org.curriculum.model.CurriculumPackage#getReviewable_ReviewedOn()
	 * @model
	 * @generated
	 */
	Date getReviewedOn();

	/**
	 * Sets the value of the '{@link org.curriculum.model.Reviewable#getReviewedOn <em>Reviewed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewed On</em>' attribute.
	 * @see #getReviewedOn()
	 * @generated
	 */
	void setReviewedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Comments</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.ReviewComment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comments</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getReviewable_Comments()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReviewComment> getComments();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stored review state, or, when none is stored, accepted in an approved publication and proposed otherwise.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	ReviewState effectiveReviewState();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A rejected link is still in the grid, and an accepted gap has a justification (warnings).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validateReview(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Reviewable
