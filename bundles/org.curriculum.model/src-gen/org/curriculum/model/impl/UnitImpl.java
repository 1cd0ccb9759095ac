/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import java.util.Collection;

import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.GuidanceDocument;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.Unit;

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
 * An implementation of the model object '<em><b>Unit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.impl.UnitImpl#getReferenceCode <em>Reference Code</em>}</li>
 *   <li>{@link org.curriculum.model.impl.UnitImpl#getAim <em>Aim</em>}</li>
 *   <li>{@link org.curriculum.model.impl.UnitImpl#getIntroduction <em>Introduction</em>}</li>
 *   <li>{@link org.curriculum.model.impl.UnitImpl#getGuidance <em>Guidance</em>}</li>
 *   <li>{@link org.curriculum.model.impl.UnitImpl#getLearningOutcomes <em>Learning Outcomes</em>}</li>
 *   <li>{@link org.curriculum.model.impl.UnitImpl#getGuidanceDocuments <em>Guidance Documents</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UnitImpl extends CurriculumComponentImpl implements Unit {
	/**
	 * The default value of the '{@link #getReferenceCode() <em>Reference Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceCode()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReferenceCode() <em>Reference Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceCode()
	 * @generated
	 * @ordered
	 */
	protected String referenceCode = REFERENCE_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAim() <em>Aim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAim()
	 * @generated
	 * @ordered
	 */
	protected static final String AIM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAim() <em>Aim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAim()
	 * @generated
	 * @ordered
	 */
	protected String aim = AIM_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntroduction() <em>Introduction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntroduction()
	 * @generated
	 * @ordered
	 */
	protected static final String INTRODUCTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIntroduction() <em>Introduction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntroduction()
	 * @generated
	 * @ordered
	 */
	protected String introduction = INTRODUCTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getGuidance() <em>Guidance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidance()
	 * @generated
	 * @ordered
	 */
	protected static final String GUIDANCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGuidance() <em>Guidance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidance()
	 * @generated
	 * @ordered
	 */
	protected String guidance = GUIDANCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLearningOutcomes() <em>Learning Outcomes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningOutcomes()
	 * @generated
	 * @ordered
	 */
	protected EList<LearningOutcome> learningOutcomes;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UnitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.UNIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReferenceCode() {
		return referenceCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferenceCode(String newReferenceCode) {
		String oldReferenceCode = referenceCode;
		referenceCode = newReferenceCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.UNIT__REFERENCE_CODE, oldReferenceCode, referenceCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAim() {
		return aim;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAim(String newAim) {
		String oldAim = aim;
		aim = newAim;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.UNIT__AIM, oldAim, aim));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIntroduction() {
		return introduction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntroduction(String newIntroduction) {
		String oldIntroduction = introduction;
		introduction = newIntroduction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.UNIT__INTRODUCTION, oldIntroduction, introduction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGuidance() {
		return guidance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuidance(String newGuidance) {
		String oldGuidance = guidance;
		guidance = newGuidance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.UNIT__GUIDANCE, oldGuidance, guidance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LearningOutcome> getLearningOutcomes() {
		if (learningOutcomes == null) {
			learningOutcomes = new EObjectContainmentEList<LearningOutcome>(LearningOutcome.class, this, CurriculumPackage.UNIT__LEARNING_OUTCOMES);
		}
		return learningOutcomes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GuidanceDocument> getGuidanceDocuments() {
		if (guidanceDocuments == null) {
			guidanceDocuments = new EObjectContainmentEList<GuidanceDocument>(GuidanceDocument.class, this, CurriculumPackage.UNIT__GUIDANCE_DOCUMENTS);
		}
		return guidanceDocuments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CurriculumPackage.UNIT__LEARNING_OUTCOMES:
				return ((InternalEList<?>)getLearningOutcomes()).basicRemove(otherEnd, msgs);
			case CurriculumPackage.UNIT__GUIDANCE_DOCUMENTS:
				return ((InternalEList<?>)getGuidanceDocuments()).basicRemove(otherEnd, msgs);
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
			case CurriculumPackage.UNIT__REFERENCE_CODE:
				return getReferenceCode();
			case CurriculumPackage.UNIT__AIM:
				return getAim();
			case CurriculumPackage.UNIT__INTRODUCTION:
				return getIntroduction();
			case CurriculumPackage.UNIT__GUIDANCE:
				return getGuidance();
			case CurriculumPackage.UNIT__LEARNING_OUTCOMES:
				return getLearningOutcomes();
			case CurriculumPackage.UNIT__GUIDANCE_DOCUMENTS:
				return getGuidanceDocuments();
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
			case CurriculumPackage.UNIT__REFERENCE_CODE:
				setReferenceCode((String)newValue);
				return;
			case CurriculumPackage.UNIT__AIM:
				setAim((String)newValue);
				return;
			case CurriculumPackage.UNIT__INTRODUCTION:
				setIntroduction((String)newValue);
				return;
			case CurriculumPackage.UNIT__GUIDANCE:
				setGuidance((String)newValue);
				return;
			case CurriculumPackage.UNIT__LEARNING_OUTCOMES:
				getLearningOutcomes().clear();
				getLearningOutcomes().addAll((Collection<? extends LearningOutcome>)newValue);
				return;
			case CurriculumPackage.UNIT__GUIDANCE_DOCUMENTS:
				getGuidanceDocuments().clear();
				getGuidanceDocuments().addAll((Collection<? extends GuidanceDocument>)newValue);
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
			case CurriculumPackage.UNIT__REFERENCE_CODE:
				setReferenceCode(REFERENCE_CODE_EDEFAULT);
				return;
			case CurriculumPackage.UNIT__AIM:
				setAim(AIM_EDEFAULT);
				return;
			case CurriculumPackage.UNIT__INTRODUCTION:
				setIntroduction(INTRODUCTION_EDEFAULT);
				return;
			case CurriculumPackage.UNIT__GUIDANCE:
				setGuidance(GUIDANCE_EDEFAULT);
				return;
			case CurriculumPackage.UNIT__LEARNING_OUTCOMES:
				getLearningOutcomes().clear();
				return;
			case CurriculumPackage.UNIT__GUIDANCE_DOCUMENTS:
				getGuidanceDocuments().clear();
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
			case CurriculumPackage.UNIT__REFERENCE_CODE:
				return REFERENCE_CODE_EDEFAULT == null ? referenceCode != null : !REFERENCE_CODE_EDEFAULT.equals(referenceCode);
			case CurriculumPackage.UNIT__AIM:
				return AIM_EDEFAULT == null ? aim != null : !AIM_EDEFAULT.equals(aim);
			case CurriculumPackage.UNIT__INTRODUCTION:
				return INTRODUCTION_EDEFAULT == null ? introduction != null : !INTRODUCTION_EDEFAULT.equals(introduction);
			case CurriculumPackage.UNIT__GUIDANCE:
				return GUIDANCE_EDEFAULT == null ? guidance != null : !GUIDANCE_EDEFAULT.equals(guidance);
			case CurriculumPackage.UNIT__LEARNING_OUTCOMES:
				return learningOutcomes != null && !learningOutcomes.isEmpty();
			case CurriculumPackage.UNIT__GUIDANCE_DOCUMENTS:
				return guidanceDocuments != null && !guidanceDocuments.isEmpty();
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
		result.append(" (referenceCode: ");
		result.append(referenceCode);
		result.append(", aim: ");
		result.append(aim);
		result.append(", introduction: ");
		result.append(introduction);
		result.append(", guidance: ");
		result.append(guidance);
		result.append(')');
		return result.toString();
	}

} //UnitImpl
