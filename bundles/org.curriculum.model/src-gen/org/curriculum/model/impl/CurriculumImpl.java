/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import java.util.Collection;

import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.DocumentListing;
import org.curriculum.model.GuidanceDocument;
import org.curriculum.model.OccupationalProfile;
import org.curriculum.model.Qualification;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Curriculum</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.impl.CurriculumImpl#getProfile <em>Profile</em>}</li>
 *   <li>{@link org.curriculum.model.impl.CurriculumImpl#getComponents <em>Components</em>}</li>
 *   <li>{@link org.curriculum.model.impl.CurriculumImpl#getQualifications <em>Qualifications</em>}</li>
 *   <li>{@link org.curriculum.model.impl.CurriculumImpl#getGuidanceDocuments <em>Guidance Documents</em>}</li>
 *   <li>{@link org.curriculum.model.impl.CurriculumImpl#getListings <em>Listings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CurriculumImpl extends FrameworkImpl implements Curriculum {
	/**
	 * The cached value of the '{@link #getProfile() <em>Profile</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfile()
	 * @generated
	 * @ordered
	 */
	protected OccupationalProfile profile;

	/**
	 * The cached value of the '{@link #getComponents() <em>Components</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponents()
	 * @generated
	 * @ordered
	 */
	protected EList<CurriculumComponent> components;

	/**
	 * The cached value of the '{@link #getQualifications() <em>Qualifications</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQualifications()
	 * @generated
	 * @ordered
	 */
	protected EList<Qualification> qualifications;

	/**
	 * The cached value of the '{@link #getGuidanceDocuments() <em>Guidance Documents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidanceDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<GuidanceDocument> guidanceDocuments;

	/**
	 * The cached value of the '{@link #getListings() <em>Listings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListings()
	 * @generated
	 * @ordered
	 */
	protected EList<DocumentListing> listings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CurriculumImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.CURRICULUM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OccupationalProfile getProfile() {
		return profile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProfile(OccupationalProfile newProfile, NotificationChain msgs) {
		OccupationalProfile oldProfile = profile;
		profile = newProfile;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CurriculumPackage.CURRICULUM__PROFILE, oldProfile, newProfile);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProfile(OccupationalProfile newProfile) {
		if (newProfile != profile) {
			NotificationChain msgs = null;
			if (profile != null)
				msgs = ((InternalEObject)profile).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CurriculumPackage.CURRICULUM__PROFILE, null, msgs);
			if (newProfile != null)
				msgs = ((InternalEObject)newProfile).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CurriculumPackage.CURRICULUM__PROFILE, null, msgs);
			msgs = basicSetProfile(newProfile, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.CURRICULUM__PROFILE, newProfile, newProfile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CurriculumComponent> getComponents() {
		if (components == null) {
			components = new EObjectContainmentEList<CurriculumComponent>(CurriculumComponent.class, this, CurriculumPackage.CURRICULUM__COMPONENTS);
		}
		return components;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Qualification> getQualifications() {
		if (qualifications == null) {
			qualifications = new EObjectContainmentEList<Qualification>(Qualification.class, this, CurriculumPackage.CURRICULUM__QUALIFICATIONS);
		}
		return qualifications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GuidanceDocument> getGuidanceDocuments() {
		if (guidanceDocuments == null) {
			guidanceDocuments = new EObjectContainmentEList<GuidanceDocument>(GuidanceDocument.class, this, CurriculumPackage.CURRICULUM__GUIDANCE_DOCUMENTS);
		}
		return guidanceDocuments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DocumentListing> getListings() {
		if (listings == null) {
			listings = new EObjectContainmentEList<DocumentListing>(DocumentListing.class, this, CurriculumPackage.CURRICULUM__LISTINGS);
		}
		return listings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CurriculumPackage.CURRICULUM__PROFILE:
				return basicSetProfile(null, msgs);
			case CurriculumPackage.CURRICULUM__COMPONENTS:
				return ((InternalEList<?>)getComponents()).basicRemove(otherEnd, msgs);
			case CurriculumPackage.CURRICULUM__QUALIFICATIONS:
				return ((InternalEList<?>)getQualifications()).basicRemove(otherEnd, msgs);
			case CurriculumPackage.CURRICULUM__GUIDANCE_DOCUMENTS:
				return ((InternalEList<?>)getGuidanceDocuments()).basicRemove(otherEnd, msgs);
			case CurriculumPackage.CURRICULUM__LISTINGS:
				return ((InternalEList<?>)getListings()).basicRemove(otherEnd, msgs);
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
			case CurriculumPackage.CURRICULUM__PROFILE:
				return getProfile();
			case CurriculumPackage.CURRICULUM__COMPONENTS:
				return getComponents();
			case CurriculumPackage.CURRICULUM__QUALIFICATIONS:
				return getQualifications();
			case CurriculumPackage.CURRICULUM__GUIDANCE_DOCUMENTS:
				return getGuidanceDocuments();
			case CurriculumPackage.CURRICULUM__LISTINGS:
				return getListings();
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
			case CurriculumPackage.CURRICULUM__PROFILE:
				setProfile((OccupationalProfile)newValue);
				return;
			case CurriculumPackage.CURRICULUM__COMPONENTS:
				getComponents().clear();
				getComponents().addAll((Collection<? extends CurriculumComponent>)newValue);
				return;
			case CurriculumPackage.CURRICULUM__QUALIFICATIONS:
				getQualifications().clear();
				getQualifications().addAll((Collection<? extends Qualification>)newValue);
				return;
			case CurriculumPackage.CURRICULUM__GUIDANCE_DOCUMENTS:
				getGuidanceDocuments().clear();
				getGuidanceDocuments().addAll((Collection<? extends GuidanceDocument>)newValue);
				return;
			case CurriculumPackage.CURRICULUM__LISTINGS:
				getListings().clear();
				getListings().addAll((Collection<? extends DocumentListing>)newValue);
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
			case CurriculumPackage.CURRICULUM__PROFILE:
				setProfile((OccupationalProfile)null);
				return;
			case CurriculumPackage.CURRICULUM__COMPONENTS:
				getComponents().clear();
				return;
			case CurriculumPackage.CURRICULUM__QUALIFICATIONS:
				getQualifications().clear();
				return;
			case CurriculumPackage.CURRICULUM__GUIDANCE_DOCUMENTS:
				getGuidanceDocuments().clear();
				return;
			case CurriculumPackage.CURRICULUM__LISTINGS:
				getListings().clear();
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
			case CurriculumPackage.CURRICULUM__PROFILE:
				return profile != null;
			case CurriculumPackage.CURRICULUM__COMPONENTS:
				return components != null && !components.isEmpty();
			case CurriculumPackage.CURRICULUM__QUALIFICATIONS:
				return qualifications != null && !qualifications.isEmpty();
			case CurriculumPackage.CURRICULUM__GUIDANCE_DOCUMENTS:
				return guidanceDocuments != null && !guidanceDocuments.isEmpty();
			case CurriculumPackage.CURRICULUM__LISTINGS:
				return listings != null && !listings.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //CurriculumImpl
