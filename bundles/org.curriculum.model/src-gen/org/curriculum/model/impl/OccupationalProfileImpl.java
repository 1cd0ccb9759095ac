/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import java.util.Collection;

import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.OccupationalProfile;
import org.curriculum.model.OccupationalTask;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Occupational Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.impl.OccupationalProfileImpl#getOfoCode <em>Ofo Code</em>}</li>
 *   <li>{@link org.curriculum.model.impl.OccupationalProfileImpl#getOccupation <em>Occupation</em>}</li>
 *   <li>{@link org.curriculum.model.impl.OccupationalProfileImpl#getRelatedOccupations <em>Related Occupations</em>}</li>
 *   <li>{@link org.curriculum.model.impl.OccupationalProfileImpl#getSpecialisations <em>Specialisations</em>}</li>
 *   <li>{@link org.curriculum.model.impl.OccupationalProfileImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.curriculum.model.impl.OccupationalProfileImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link org.curriculum.model.impl.OccupationalProfileImpl#getTasks <em>Tasks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OccupationalProfileImpl extends NamedElementImpl implements OccupationalProfile {
	/**
	 * The default value of the '{@link #getOfoCode() <em>Ofo Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfoCode()
	 * @generated
	 * @ordered
	 */
	protected static final String OFO_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOfoCode() <em>Ofo Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfoCode()
	 * @generated
	 * @ordered
	 */
	protected String ofoCode = OFO_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOccupation() <em>Occupation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccupation()
	 * @generated
	 * @ordered
	 */
	protected static final String OCCUPATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOccupation() <em>Occupation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccupation()
	 * @generated
	 * @ordered
	 */
	protected String occupation = OCCUPATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRelatedOccupations() <em>Related Occupations</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelatedOccupations()
	 * @generated
	 * @ordered
	 */
	protected EList<String> relatedOccupations;

	/**
	 * The cached value of the '{@link #getSpecialisations() <em>Specialisations</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecialisations()
	 * @generated
	 * @ordered
	 */
	protected EList<String> specialisations;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected String purpose = PURPOSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected String scope = SCOPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTasks() <em>Tasks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTasks()
	 * @generated
	 * @ordered
	 */
	protected EList<OccupationalTask> tasks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OccupationalProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.OCCUPATIONAL_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOfoCode() {
		return ofoCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOfoCode(String newOfoCode) {
		String oldOfoCode = ofoCode;
		ofoCode = newOfoCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.OCCUPATIONAL_PROFILE__OFO_CODE, oldOfoCode, ofoCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOccupation() {
		return occupation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOccupation(String newOccupation) {
		String oldOccupation = occupation;
		occupation = newOccupation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.OCCUPATIONAL_PROFILE__OCCUPATION, oldOccupation, occupation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRelatedOccupations() {
		if (relatedOccupations == null) {
			relatedOccupations = new EDataTypeUniqueEList<String>(String.class, this, CurriculumPackage.OCCUPATIONAL_PROFILE__RELATED_OCCUPATIONS);
		}
		return relatedOccupations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSpecialisations() {
		if (specialisations == null) {
			specialisations = new EDataTypeUniqueEList<String>(String.class, this, CurriculumPackage.OCCUPATIONAL_PROFILE__SPECIALISATIONS);
		}
		return specialisations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(String newPurpose) {
		String oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.OCCUPATIONAL_PROFILE__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(String newScope) {
		String oldScope = scope;
		scope = newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.OCCUPATIONAL_PROFILE__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OccupationalTask> getTasks() {
		if (tasks == null) {
			tasks = new EObjectContainmentEList<OccupationalTask>(OccupationalTask.class, this, CurriculumPackage.OCCUPATIONAL_PROFILE__TASKS);
		}
		return tasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CurriculumPackage.OCCUPATIONAL_PROFILE__TASKS:
				return ((InternalEList<?>)getTasks()).basicRemove(otherEnd, msgs);
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
			case CurriculumPackage.OCCUPATIONAL_PROFILE__OFO_CODE:
				return getOfoCode();
			case CurriculumPackage.OCCUPATIONAL_PROFILE__OCCUPATION:
				return getOccupation();
			case CurriculumPackage.OCCUPATIONAL_PROFILE__RELATED_OCCUPATIONS:
				return getRelatedOccupations();
			case CurriculumPackage.OCCUPATIONAL_PROFILE__SPECIALISATIONS:
				return getSpecialisations();
			case CurriculumPackage.OCCUPATIONAL_PROFILE__PURPOSE:
				return getPurpose();
			case CurriculumPackage.OCCUPATIONAL_PROFILE__SCOPE:
				return getScope();
			case CurriculumPackage.OCCUPATIONAL_PROFILE__TASKS:
				return getTasks();
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
			case CurriculumPackage.OCCUPATIONAL_PROFILE__OFO_CODE:
				setOfoCode((String)newValue);
				return;
			case CurriculumPackage.OCCUPATIONAL_PROFILE__OCCUPATION:
				setOccupation((String)newValue);
				return;
			case CurriculumPackage.OCCUPATIONAL_PROFILE__RELATED_OCCUPATIONS:
				getRelatedOccupations().clear();
				getRelatedOccupations().addAll((Collection<? extends String>)newValue);
				return;
			case CurriculumPackage.OCCUPATIONAL_PROFILE__SPECIALISATIONS:
				getSpecialisations().clear();
				getSpecialisations().addAll((Collection<? extends String>)newValue);
				return;
			case CurriculumPackage.OCCUPATIONAL_PROFILE__PURPOSE:
				setPurpose((String)newValue);
				return;
			case CurriculumPackage.OCCUPATIONAL_PROFILE__SCOPE:
				setScope((String)newValue);
				return;
			case CurriculumPackage.OCCUPATIONAL_PROFILE__TASKS:
				getTasks().clear();
				getTasks().addAll((Collection<? extends OccupationalTask>)newValue);
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
			case CurriculumPackage.OCCUPATIONAL_PROFILE__OFO_CODE:
				setOfoCode(OFO_CODE_EDEFAULT);
				return;
			case CurriculumPackage.OCCUPATIONAL_PROFILE__OCCUPATION:
				setOccupation(OCCUPATION_EDEFAULT);
				return;
			case CurriculumPackage.OCCUPATIONAL_PROFILE__RELATED_OCCUPATIONS:
				getRelatedOccupations().clear();
				return;
			case CurriculumPackage.OCCUPATIONAL_PROFILE__SPECIALISATIONS:
				getSpecialisations().clear();
				return;
			case CurriculumPackage.OCCUPATIONAL_PROFILE__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case CurriculumPackage.OCCUPATIONAL_PROFILE__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case CurriculumPackage.OCCUPATIONAL_PROFILE__TASKS:
				getTasks().clear();
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
			case CurriculumPackage.OCCUPATIONAL_PROFILE__OFO_CODE:
				return OFO_CODE_EDEFAULT == null ? ofoCode != null : !OFO_CODE_EDEFAULT.equals(ofoCode);
			case CurriculumPackage.OCCUPATIONAL_PROFILE__OCCUPATION:
				return OCCUPATION_EDEFAULT == null ? occupation != null : !OCCUPATION_EDEFAULT.equals(occupation);
			case CurriculumPackage.OCCUPATIONAL_PROFILE__RELATED_OCCUPATIONS:
				return relatedOccupations != null && !relatedOccupations.isEmpty();
			case CurriculumPackage.OCCUPATIONAL_PROFILE__SPECIALISATIONS:
				return specialisations != null && !specialisations.isEmpty();
			case CurriculumPackage.OCCUPATIONAL_PROFILE__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case CurriculumPackage.OCCUPATIONAL_PROFILE__SCOPE:
				return SCOPE_EDEFAULT == null ? scope != null : !SCOPE_EDEFAULT.equals(scope);
			case CurriculumPackage.OCCUPATIONAL_PROFILE__TASKS:
				return tasks != null && !tasks.isEmpty();
		}
		return super.eIsSet(featureID);
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
		result.append(" (ofoCode: ");
		result.append(ofoCode);
		result.append(", occupation: ");
		result.append(occupation);
		result.append(", relatedOccupations: ");
		result.append(relatedOccupations);
		result.append(", specialisations: ");
		result.append(specialisations);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(", scope: ");
		result.append(scope);
		result.append(')');
		return result.toString();
	}

} //OccupationalProfileImpl
