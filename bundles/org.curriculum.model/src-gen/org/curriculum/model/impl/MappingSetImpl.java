/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import java.lang.reflect.InvocationTargetException;
import java.util.Collection;

import java.util.Map;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.Framework;
import org.curriculum.model.GapReview;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mapping Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.impl.MappingSetImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.curriculum.model.impl.MappingSetImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.curriculum.model.impl.MappingSetImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.curriculum.model.impl.MappingSetImpl#getLinks <em>Links</em>}</li>
 *   <li>{@link org.curriculum.model.impl.MappingSetImpl#isApprovedPublication <em>Approved Publication</em>}</li>
 *   <li>{@link org.curriculum.model.impl.MappingSetImpl#getGapReviews <em>Gap Reviews</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MappingSetImpl extends NamedElementImpl implements MappingSet {
	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Framework source;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Framework target;

	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected String key = KEY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLinks() <em>Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<MappingLink> links;

	/**
	 * The default value of the '{@link #isApprovedPublication() <em>Approved Publication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isApprovedPublication()
	 * @generated
	 * @ordered
	 */
	protected static final boolean APPROVED_PUBLICATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isApprovedPublication() <em>Approved Publication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isApprovedPublication()
	 * @generated
	 * @ordered
	 */
	protected boolean approvedPublication = APPROVED_PUBLICATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGapReviews() <em>Gap Reviews</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGapReviews()
	 * @generated
	 * @ordered
	 */
	protected EList<GapReview> gapReviews;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MappingSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.MAPPING_SET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Framework getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (Framework)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CurriculumPackage.MAPPING_SET__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Framework basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Framework newSource) {
		Framework oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.MAPPING_SET__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Framework getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (Framework)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CurriculumPackage.MAPPING_SET__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Framework basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Framework newTarget) {
		Framework oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.MAPPING_SET__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey() {
		return key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKey(String newKey) {
		String oldKey = key;
		key = newKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.MAPPING_SET__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MappingLink> getLinks() {
		if (links == null) {
			links = new EObjectContainmentEList<MappingLink>(MappingLink.class, this, CurriculumPackage.MAPPING_SET__LINKS);
		}
		return links;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isApprovedPublication() {
		return approvedPublication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovedPublication(boolean newApprovedPublication) {
		boolean oldApprovedPublication = approvedPublication;
		approvedPublication = newApprovedPublication;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.MAPPING_SET__APPROVED_PUBLICATION, oldApprovedPublication, approvedPublication));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GapReview> getGapReviews() {
		if (gapReviews == null) {
			gapReviews = new EObjectContainmentEList<GapReview>(GapReview.class, this, CurriculumPackage.MAPPING_SET__GAP_REVIEWS);
		}
		return gapReviews;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validateFrameworks(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.curriculum.model.validation.MappingConstraints.validateFrameworks(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validateNoDuplicateLinks(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.curriculum.model.validation.MappingConstraints.validateNoDuplicateLinks(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CurriculumPackage.MAPPING_SET__LINKS:
				return ((InternalEList<?>)getLinks()).basicRemove(otherEnd, msgs);
			case CurriculumPackage.MAPPING_SET__GAP_REVIEWS:
				return ((InternalEList<?>)getGapReviews()).basicRemove(otherEnd, msgs);
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
			case CurriculumPackage.MAPPING_SET__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case CurriculumPackage.MAPPING_SET__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case CurriculumPackage.MAPPING_SET__KEY:
				return getKey();
			case CurriculumPackage.MAPPING_SET__LINKS:
				return getLinks();
			case CurriculumPackage.MAPPING_SET__APPROVED_PUBLICATION:
				return isApprovedPublication();
			case CurriculumPackage.MAPPING_SET__GAP_REVIEWS:
				return getGapReviews();
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
			case CurriculumPackage.MAPPING_SET__SOURCE:
				setSource((Framework)newValue);
				return;
			case CurriculumPackage.MAPPING_SET__TARGET:
				setTarget((Framework)newValue);
				return;
			case CurriculumPackage.MAPPING_SET__KEY:
				setKey((String)newValue);
				return;
			case CurriculumPackage.MAPPING_SET__LINKS:
				getLinks().clear();
				getLinks().addAll((Collection<? extends MappingLink>)newValue);
				return;
			case CurriculumPackage.MAPPING_SET__APPROVED_PUBLICATION:
				setApprovedPublication((Boolean)newValue);
				return;
			case CurriculumPackage.MAPPING_SET__GAP_REVIEWS:
				getGapReviews().clear();
				getGapReviews().addAll((Collection<? extends GapReview>)newValue);
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
			case CurriculumPackage.MAPPING_SET__SOURCE:
				setSource((Framework)null);
				return;
			case CurriculumPackage.MAPPING_SET__TARGET:
				setTarget((Framework)null);
				return;
			case CurriculumPackage.MAPPING_SET__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case CurriculumPackage.MAPPING_SET__LINKS:
				getLinks().clear();
				return;
			case CurriculumPackage.MAPPING_SET__APPROVED_PUBLICATION:
				setApprovedPublication(APPROVED_PUBLICATION_EDEFAULT);
				return;
			case CurriculumPackage.MAPPING_SET__GAP_REVIEWS:
				getGapReviews().clear();
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
			case CurriculumPackage.MAPPING_SET__SOURCE:
				return source != null;
			case CurriculumPackage.MAPPING_SET__TARGET:
				return target != null;
			case CurriculumPackage.MAPPING_SET__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case CurriculumPackage.MAPPING_SET__LINKS:
				return links != null && !links.isEmpty();
			case CurriculumPackage.MAPPING_SET__APPROVED_PUBLICATION:
				return approvedPublication != APPROVED_PUBLICATION_EDEFAULT;
			case CurriculumPackage.MAPPING_SET__GAP_REVIEWS:
				return gapReviews != null && !gapReviews.isEmpty();
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
			case CurriculumPackage.MAPPING_SET___VALIDATE_FRAMEWORKS__DIAGNOSTICCHAIN_MAP:
				return validateFrameworks((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case CurriculumPackage.MAPPING_SET___VALIDATE_NO_DUPLICATE_LINKS__DIAGNOSTICCHAIN_MAP:
				return validateNoDuplicateLinks((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (key: ");
		result.append(key);
		result.append(", approvedPublication: ");
		result.append(approvedPublication);
		result.append(')');
		return result.toString();
	}

} //MappingSetImpl
