/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import java.lang.reflect.InvocationTargetException;
import java.util.Collection;

import java.util.Map;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.Identifier;
import org.curriculum.model.Qualification;
import org.curriculum.model.RulesOfCombination;

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
 * An implementation of the model object '<em><b>Qualification</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.impl.QualificationImpl#getQualificationNumber <em>Qualification Number</em>}</li>
 *   <li>{@link org.curriculum.model.impl.QualificationImpl#getIdentifiers <em>Identifiers</em>}</li>
 *   <li>{@link org.curriculum.model.impl.QualificationImpl#getAwardingBody <em>Awarding Body</em>}</li>
 *   <li>{@link org.curriculum.model.impl.QualificationImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.curriculum.model.impl.QualificationImpl#getTotalQualificationTime <em>Total Qualification Time</em>}</li>
 *   <li>{@link org.curriculum.model.impl.QualificationImpl#getCreditValue <em>Credit Value</em>}</li>
 *   <li>{@link org.curriculum.model.impl.QualificationImpl#getGuidedLearningHours <em>Guided Learning Hours</em>}</li>
 *   <li>{@link org.curriculum.model.impl.QualificationImpl#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QualificationImpl extends MappableItemImpl implements Qualification {
	/**
	 * The default value of the '{@link #getQualificationNumber() <em>Qualification Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQualificationNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String QUALIFICATION_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQualificationNumber() <em>Qualification Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQualificationNumber()
	 * @generated
	 * @ordered
	 */
	protected String qualificationNumber = QUALIFICATION_NUMBER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIdentifiers() <em>Identifiers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentifiers()
	 * @generated
	 * @ordered
	 */
	protected EList<Identifier> identifiers;

	/**
	 * The default value of the '{@link #getAwardingBody() <em>Awarding Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAwardingBody()
	 * @generated
	 * @ordered
	 */
	protected static final String AWARDING_BODY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAwardingBody() <em>Awarding Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAwardingBody()
	 * @generated
	 * @ordered
	 */
	protected String awardingBody = AWARDING_BODY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final Integer LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected Integer level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getTotalQualificationTime() <em>Total Qualification Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalQualificationTime()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TOTAL_QUALIFICATION_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTotalQualificationTime() <em>Total Qualification Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalQualificationTime()
	 * @generated
	 * @ordered
	 */
	protected Integer totalQualificationTime = TOTAL_QUALIFICATION_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreditValue() <em>Credit Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreditValue()
	 * @generated
	 * @ordered
	 */
	protected static final Integer CREDIT_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreditValue() <em>Credit Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreditValue()
	 * @generated
	 * @ordered
	 */
	protected Integer creditValue = CREDIT_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGuidedLearningHours() <em>Guided Learning Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidedLearningHours()
	 * @generated
	 * @ordered
	 */
	protected static final Integer GUIDED_LEARNING_HOURS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGuidedLearningHours() <em>Guided Learning Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidedLearningHours()
	 * @generated
	 * @ordered
	 */
	protected Integer guidedLearningHours = GUIDED_LEARNING_HOURS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected RulesOfCombination rules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QualificationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.QUALIFICATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQualificationNumber() {
		return qualificationNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQualificationNumber(String newQualificationNumber) {
		String oldQualificationNumber = qualificationNumber;
		qualificationNumber = newQualificationNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.QUALIFICATION__QUALIFICATION_NUMBER, oldQualificationNumber, qualificationNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Identifier> getIdentifiers() {
		if (identifiers == null) {
			identifiers = new EObjectContainmentEList<Identifier>(Identifier.class, this, CurriculumPackage.QUALIFICATION__IDENTIFIERS);
		}
		return identifiers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAwardingBody() {
		return awardingBody;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAwardingBody(String newAwardingBody) {
		String oldAwardingBody = awardingBody;
		awardingBody = newAwardingBody;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.QUALIFICATION__AWARDING_BODY, oldAwardingBody, awardingBody));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(Integer newLevel) {
		Integer oldLevel = level;
		level = newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.QUALIFICATION__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTotalQualificationTime() {
		return totalQualificationTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotalQualificationTime(Integer newTotalQualificationTime) {
		Integer oldTotalQualificationTime = totalQualificationTime;
		totalQualificationTime = newTotalQualificationTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.QUALIFICATION__TOTAL_QUALIFICATION_TIME, oldTotalQualificationTime, totalQualificationTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getCreditValue() {
		return creditValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreditValue(Integer newCreditValue) {
		Integer oldCreditValue = creditValue;
		creditValue = newCreditValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.QUALIFICATION__CREDIT_VALUE, oldCreditValue, creditValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getGuidedLearningHours() {
		return guidedLearningHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuidedLearningHours(Integer newGuidedLearningHours) {
		Integer oldGuidedLearningHours = guidedLearningHours;
		guidedLearningHours = newGuidedLearningHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.QUALIFICATION__GUIDED_LEARNING_HOURS, oldGuidedLearningHours, guidedLearningHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RulesOfCombination getRules() {
		return rules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRules(RulesOfCombination newRules, NotificationChain msgs) {
		RulesOfCombination oldRules = rules;
		rules = newRules;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CurriculumPackage.QUALIFICATION__RULES, oldRules, newRules);
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
	public void setRules(RulesOfCombination newRules) {
		if (newRules != rules) {
			NotificationChain msgs = null;
			if (rules != null)
				msgs = ((InternalEObject)rules).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CurriculumPackage.QUALIFICATION__RULES, null, msgs);
			if (newRules != null)
				msgs = ((InternalEObject)newRules).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CurriculumPackage.QUALIFICATION__RULES, null, msgs);
			msgs = basicSetRules(newRules, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.QUALIFICATION__RULES, newRules, newRules));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validateCreditValue(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.curriculum.model.validation.QualificationConstraints.validateCreditValue(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CurriculumPackage.QUALIFICATION__IDENTIFIERS:
				return ((InternalEList<?>)getIdentifiers()).basicRemove(otherEnd, msgs);
			case CurriculumPackage.QUALIFICATION__RULES:
				return basicSetRules(null, msgs);
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
			case CurriculumPackage.QUALIFICATION__QUALIFICATION_NUMBER:
				return getQualificationNumber();
			case CurriculumPackage.QUALIFICATION__IDENTIFIERS:
				return getIdentifiers();
			case CurriculumPackage.QUALIFICATION__AWARDING_BODY:
				return getAwardingBody();
			case CurriculumPackage.QUALIFICATION__LEVEL:
				return getLevel();
			case CurriculumPackage.QUALIFICATION__TOTAL_QUALIFICATION_TIME:
				return getTotalQualificationTime();
			case CurriculumPackage.QUALIFICATION__CREDIT_VALUE:
				return getCreditValue();
			case CurriculumPackage.QUALIFICATION__GUIDED_LEARNING_HOURS:
				return getGuidedLearningHours();
			case CurriculumPackage.QUALIFICATION__RULES:
				return getRules();
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
			case CurriculumPackage.QUALIFICATION__QUALIFICATION_NUMBER:
				setQualificationNumber((String)newValue);
				return;
			case CurriculumPackage.QUALIFICATION__IDENTIFIERS:
				getIdentifiers().clear();
				getIdentifiers().addAll((Collection<? extends Identifier>)newValue);
				return;
			case CurriculumPackage.QUALIFICATION__AWARDING_BODY:
				setAwardingBody((String)newValue);
				return;
			case CurriculumPackage.QUALIFICATION__LEVEL:
				setLevel((Integer)newValue);
				return;
			case CurriculumPackage.QUALIFICATION__TOTAL_QUALIFICATION_TIME:
				setTotalQualificationTime((Integer)newValue);
				return;
			case CurriculumPackage.QUALIFICATION__CREDIT_VALUE:
				setCreditValue((Integer)newValue);
				return;
			case CurriculumPackage.QUALIFICATION__GUIDED_LEARNING_HOURS:
				setGuidedLearningHours((Integer)newValue);
				return;
			case CurriculumPackage.QUALIFICATION__RULES:
				setRules((RulesOfCombination)newValue);
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
			case CurriculumPackage.QUALIFICATION__QUALIFICATION_NUMBER:
				setQualificationNumber(QUALIFICATION_NUMBER_EDEFAULT);
				return;
			case CurriculumPackage.QUALIFICATION__IDENTIFIERS:
				getIdentifiers().clear();
				return;
			case CurriculumPackage.QUALIFICATION__AWARDING_BODY:
				setAwardingBody(AWARDING_BODY_EDEFAULT);
				return;
			case CurriculumPackage.QUALIFICATION__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case CurriculumPackage.QUALIFICATION__TOTAL_QUALIFICATION_TIME:
				setTotalQualificationTime(TOTAL_QUALIFICATION_TIME_EDEFAULT);
				return;
			case CurriculumPackage.QUALIFICATION__CREDIT_VALUE:
				setCreditValue(CREDIT_VALUE_EDEFAULT);
				return;
			case CurriculumPackage.QUALIFICATION__GUIDED_LEARNING_HOURS:
				setGuidedLearningHours(GUIDED_LEARNING_HOURS_EDEFAULT);
				return;
			case CurriculumPackage.QUALIFICATION__RULES:
				setRules((RulesOfCombination)null);
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
			case CurriculumPackage.QUALIFICATION__QUALIFICATION_NUMBER:
				return QUALIFICATION_NUMBER_EDEFAULT == null ? qualificationNumber != null : !QUALIFICATION_NUMBER_EDEFAULT.equals(qualificationNumber);
			case CurriculumPackage.QUALIFICATION__IDENTIFIERS:
				return identifiers != null && !identifiers.isEmpty();
			case CurriculumPackage.QUALIFICATION__AWARDING_BODY:
				return AWARDING_BODY_EDEFAULT == null ? awardingBody != null : !AWARDING_BODY_EDEFAULT.equals(awardingBody);
			case CurriculumPackage.QUALIFICATION__LEVEL:
				return LEVEL_EDEFAULT == null ? level != null : !LEVEL_EDEFAULT.equals(level);
			case CurriculumPackage.QUALIFICATION__TOTAL_QUALIFICATION_TIME:
				return TOTAL_QUALIFICATION_TIME_EDEFAULT == null ? totalQualificationTime != null : !TOTAL_QUALIFICATION_TIME_EDEFAULT.equals(totalQualificationTime);
			case CurriculumPackage.QUALIFICATION__CREDIT_VALUE:
				return CREDIT_VALUE_EDEFAULT == null ? creditValue != null : !CREDIT_VALUE_EDEFAULT.equals(creditValue);
			case CurriculumPackage.QUALIFICATION__GUIDED_LEARNING_HOURS:
				return GUIDED_LEARNING_HOURS_EDEFAULT == null ? guidedLearningHours != null : !GUIDED_LEARNING_HOURS_EDEFAULT.equals(guidedLearningHours);
			case CurriculumPackage.QUALIFICATION__RULES:
				return rules != null;
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
			case CurriculumPackage.QUALIFICATION___VALIDATE_CREDIT_VALUE__DIAGNOSTICCHAIN_MAP:
				return validateCreditValue((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (qualificationNumber: ");
		result.append(qualificationNumber);
		result.append(", awardingBody: ");
		result.append(awardingBody);
		result.append(", level: ");
		result.append(level);
		result.append(", totalQualificationTime: ");
		result.append(totalQualificationTime);
		result.append(", creditValue: ");
		result.append(creditValue);
		result.append(", guidedLearningHours: ");
		result.append(guidedLearningHours);
		result.append(')');
		return result.toString();
	}

} //QualificationImpl
