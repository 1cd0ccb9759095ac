/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Date;

import java.util.Map;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.ReviewComment;
import org.curriculum.model.ReviewState;
import org.curriculum.model.Reviewable;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reviewable</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.impl.ReviewableImpl#getReviewState <em>Review State</em>}</li>
 *   <li>{@link org.curriculum.model.impl.ReviewableImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.curriculum.model.impl.ReviewableImpl#getReviewedOn <em>Reviewed On</em>}</li>
 *   <li>{@link org.curriculum.model.impl.ReviewableImpl#getComments <em>Comments</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ReviewableImpl extends MinimalEObjectImpl.Container implements Reviewable {
	/**
	 * The default value of the '{@link #getReviewState() <em>Review State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewState()
	 * @generated
	 * @ordered
	 */
	protected static final ReviewState REVIEW_STATE_EDEFAULT = ReviewState.PROPOSED;

	/**
	 * The cached value of the '{@link #getReviewState() <em>Review State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewState()
	 * @generated
	 * @ordered
	 */
	protected ReviewState reviewState = REVIEW_STATE_EDEFAULT;

	/**
	 * This is true if the Review State attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean reviewStateESet;

	/**
	 * The default value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewer() <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected String reviewer = REVIEWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewedOn() <em>Reviewed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date REVIEWED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewedOn() <em>Reviewed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewedOn()
	 * @generated
	 * @ordered
	 */
	protected Date reviewedOn = REVIEWED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getComments() <em>Comments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComments()
	 * @generated
	 * @ordered
	 */
	protected EList<ReviewComment> comments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.REVIEWABLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewState getReviewState() {
		return reviewState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewState(ReviewState newReviewState) {
		ReviewState oldReviewState = reviewState;
		reviewState = newReviewState == null ? REVIEW_STATE_EDEFAULT : newReviewState;
		boolean oldReviewStateESet = reviewStateESet;
		reviewStateESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.REVIEWABLE__REVIEW_STATE, oldReviewState, reviewState, !oldReviewStateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetReviewState() {
		ReviewState oldReviewState = reviewState;
		boolean oldReviewStateESet = reviewStateESet;
		reviewState = REVIEW_STATE_EDEFAULT;
		reviewStateESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CurriculumPackage.REVIEWABLE__REVIEW_STATE, oldReviewState, REVIEW_STATE_EDEFAULT, oldReviewStateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetReviewState() {
		return reviewStateESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewer() {
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewer(String newReviewer) {
		String oldReviewer = reviewer;
		reviewer = newReviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.REVIEWABLE__REVIEWER, oldReviewer, reviewer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getReviewedOn() {
		return reviewedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewedOn(Date newReviewedOn) {
		Date oldReviewedOn = reviewedOn;
		reviewedOn = newReviewedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.REVIEWABLE__REVIEWED_ON, oldReviewedOn, reviewedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReviewComment> getComments() {
		if (comments == null) {
			comments = new EObjectContainmentEList<ReviewComment>(ReviewComment.class, this, CurriculumPackage.REVIEWABLE__COMMENTS);
		}
		return comments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewState effectiveReviewState() {
		return org.curriculum.model.review.ReviewStates.effective(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validateReview(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.curriculum.model.validation.ReviewConstraints.validateReview(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CurriculumPackage.REVIEWABLE__COMMENTS:
				return ((InternalEList<?>)getComments()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CurriculumPackage.REVIEWABLE__REVIEW_STATE:
				return getReviewState();
			case CurriculumPackage.REVIEWABLE__REVIEWER:
				return getReviewer();
			case CurriculumPackage.REVIEWABLE__REVIEWED_ON:
				return getReviewedOn();
			case CurriculumPackage.REVIEWABLE__COMMENTS:
				return getComments();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CurriculumPackage.REVIEWABLE__REVIEW_STATE:
				setReviewState((ReviewState)newValue);
				return;
			case CurriculumPackage.REVIEWABLE__REVIEWER:
				setReviewer((String)newValue);
				return;
			case CurriculumPackage.REVIEWABLE__REVIEWED_ON:
				setReviewedOn((Date)newValue);
				return;
			case CurriculumPackage.REVIEWABLE__COMMENTS:
				getComments().clear();
				getComments().addAll((Collection<? extends ReviewComment>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CurriculumPackage.REVIEWABLE__REVIEW_STATE:
				unsetReviewState();
				return;
			case CurriculumPackage.REVIEWABLE__REVIEWER:
				setReviewer(REVIEWER_EDEFAULT);
				return;
			case CurriculumPackage.REVIEWABLE__REVIEWED_ON:
				setReviewedOn(REVIEWED_ON_EDEFAULT);
				return;
			case CurriculumPackage.REVIEWABLE__COMMENTS:
				getComments().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CurriculumPackage.REVIEWABLE__REVIEW_STATE:
				return isSetReviewState();
			case CurriculumPackage.REVIEWABLE__REVIEWER:
				return REVIEWER_EDEFAULT == null ? reviewer != null : !REVIEWER_EDEFAULT.equals(reviewer);
			case CurriculumPackage.REVIEWABLE__REVIEWED_ON:
				return REVIEWED_ON_EDEFAULT == null ? reviewedOn != null : !REVIEWED_ON_EDEFAULT.equals(reviewedOn);
			case CurriculumPackage.REVIEWABLE__COMMENTS:
				return comments != null && !comments.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case CurriculumPackage.REVIEWABLE___EFFECTIVE_REVIEW_STATE:
				return effectiveReviewState();
			case CurriculumPackage.REVIEWABLE___VALIDATE_REVIEW__DIAGNOSTICCHAIN_MAP:
				return validateReview((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (reviewState: ");
		if (reviewStateESet) result.append(reviewState); else result.append("<unset>");
		result.append(", reviewer: ");
		result.append(reviewer);
		result.append(", reviewedOn: ");
		result.append(reviewedOn);
		result.append(')');
		return result.toString();
	}

} //ReviewableImpl
