/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import java.lang.reflect.InvocationTargetException;
import java.util.Collection;

import java.util.Map;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.OccupationalTask;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Component</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.impl.CurriculumComponentImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.curriculum.model.impl.CurriculumComponentImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.curriculum.model.impl.CurriculumComponentImpl#getCredits <em>Credits</em>}</li>
 *   <li>{@link org.curriculum.model.impl.CurriculumComponentImpl#getNotionalHours <em>Notional Hours</em>}</li>
 *   <li>{@link org.curriculum.model.impl.CurriculumComponentImpl#getGuidedLearningHours <em>Guided Learning Hours</em>}</li>
 *   <li>{@link org.curriculum.model.impl.CurriculumComponentImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.curriculum.model.impl.CurriculumComponentImpl#getTasks <em>Tasks</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class CurriculumComponentImpl extends MappableItemImpl implements CurriculumComponent {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

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
	 * The default value of the '{@link #getCredits() <em>Credits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredits()
	 * @generated
	 * @ordered
	 */
	protected static final Integer CREDITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCredits() <em>Credits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredits()
	 * @generated
	 * @ordered
	 */
	protected Integer credits = CREDITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotionalHours() <em>Notional Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotionalHours()
	 * @generated
	 * @ordered
	 */
	protected static final Integer NOTIONAL_HOURS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotionalHours() <em>Notional Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotionalHours()
	 * @generated
	 * @ordered
	 */
	protected Integer notionalHours = NOTIONAL_HOURS_EDEFAULT;

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
	 * The cached value of the '{@link #getTasks() <em>Tasks</em>}' reference list.
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
	protected CurriculumComponentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.CURRICULUM_COMPONENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.CURRICULUM_COMPONENT__NUMBER, oldNumber, number));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.CURRICULUM_COMPONENT__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getCredits() {
		return credits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCredits(Integer newCredits) {
		Integer oldCredits = credits;
		credits = newCredits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.CURRICULUM_COMPONENT__CREDITS, oldCredits, credits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getNotionalHours() {
		return notionalHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotionalHours(Integer newNotionalHours) {
		Integer oldNotionalHours = notionalHours;
		notionalHours = newNotionalHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.CURRICULUM_COMPONENT__NOTIONAL_HOURS, oldNotionalHours, notionalHours));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.CURRICULUM_COMPONENT__GUIDED_LEARNING_HOURS, oldGuidedLearningHours, guidedLearningHours));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.CURRICULUM_COMPONENT__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OccupationalTask> getTasks() {
		if (tasks == null) {
			tasks = new EObjectResolvingEList<OccupationalTask>(OccupationalTask.class, this, CurriculumPackage.CURRICULUM_COMPONENT__TASKS);
		}
		return tasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validateTraceability(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.curriculum.model.validation.TraceabilityConstraints.validateComponent(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validateCreditsMatchNotionalHours(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.curriculum.model.validation.DocumentConstraints.validateCreditsAndHours(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CurriculumPackage.CURRICULUM_COMPONENT__NUMBER:
				return getNumber();
			case CurriculumPackage.CURRICULUM_COMPONENT__LEVEL:
				return getLevel();
			case CurriculumPackage.CURRICULUM_COMPONENT__CREDITS:
				return getCredits();
			case CurriculumPackage.CURRICULUM_COMPONENT__NOTIONAL_HOURS:
				return getNotionalHours();
			case CurriculumPackage.CURRICULUM_COMPONENT__GUIDED_LEARNING_HOURS:
				return getGuidedLearningHours();
			case CurriculumPackage.CURRICULUM_COMPONENT__PURPOSE:
				return getPurpose();
			case CurriculumPackage.CURRICULUM_COMPONENT__TASKS:
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
			case CurriculumPackage.CURRICULUM_COMPONENT__NUMBER:
				setNumber((String)newValue);
				return;
			case CurriculumPackage.CURRICULUM_COMPONENT__LEVEL:
				setLevel((Integer)newValue);
				return;
			case CurriculumPackage.CURRICULUM_COMPONENT__CREDITS:
				setCredits((Integer)newValue);
				return;
			case CurriculumPackage.CURRICULUM_COMPONENT__NOTIONAL_HOURS:
				setNotionalHours((Integer)newValue);
				return;
			case CurriculumPackage.CURRICULUM_COMPONENT__GUIDED_LEARNING_HOURS:
				setGuidedLearningHours((Integer)newValue);
				return;
			case CurriculumPackage.CURRICULUM_COMPONENT__PURPOSE:
				setPurpose((String)newValue);
				return;
			case CurriculumPackage.CURRICULUM_COMPONENT__TASKS:
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
			case CurriculumPackage.CURRICULUM_COMPONENT__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case CurriculumPackage.CURRICULUM_COMPONENT__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case CurriculumPackage.CURRICULUM_COMPONENT__CREDITS:
				setCredits(CREDITS_EDEFAULT);
				return;
			case CurriculumPackage.CURRICULUM_COMPONENT__NOTIONAL_HOURS:
				setNotionalHours(NOTIONAL_HOURS_EDEFAULT);
				return;
			case CurriculumPackage.CURRICULUM_COMPONENT__GUIDED_LEARNING_HOURS:
				setGuidedLearningHours(GUIDED_LEARNING_HOURS_EDEFAULT);
				return;
			case CurriculumPackage.CURRICULUM_COMPONENT__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case CurriculumPackage.CURRICULUM_COMPONENT__TASKS:
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
			case CurriculumPackage.CURRICULUM_COMPONENT__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case CurriculumPackage.CURRICULUM_COMPONENT__LEVEL:
				return LEVEL_EDEFAULT == null ? level != null : !LEVEL_EDEFAULT.equals(level);
			case CurriculumPackage.CURRICULUM_COMPONENT__CREDITS:
				return CREDITS_EDEFAULT == null ? credits != null : !CREDITS_EDEFAULT.equals(credits);
			case CurriculumPackage.CURRICULUM_COMPONENT__NOTIONAL_HOURS:
				return NOTIONAL_HOURS_EDEFAULT == null ? notionalHours != null : !NOTIONAL_HOURS_EDEFAULT.equals(notionalHours);
			case CurriculumPackage.CURRICULUM_COMPONENT__GUIDED_LEARNING_HOURS:
				return GUIDED_LEARNING_HOURS_EDEFAULT == null ? guidedLearningHours != null : !GUIDED_LEARNING_HOURS_EDEFAULT.equals(guidedLearningHours);
			case CurriculumPackage.CURRICULUM_COMPONENT__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case CurriculumPackage.CURRICULUM_COMPONENT__TASKS:
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
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case CurriculumPackage.CURRICULUM_COMPONENT___VALIDATE_TRACEABILITY__DIAGNOSTICCHAIN_MAP:
				return validateTraceability((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case CurriculumPackage.CURRICULUM_COMPONENT___VALIDATE_CREDITS_MATCH_NOTIONAL_HOURS__DIAGNOSTICCHAIN_MAP:
				return validateCreditsMatchNotionalHours((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (number: ");
		result.append(number);
		result.append(", level: ");
		result.append(level);
		result.append(", credits: ");
		result.append(credits);
		result.append(", notionalHours: ");
		result.append(notionalHours);
		result.append(", guidedLearningHours: ");
		result.append(guidedLearningHours);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(')');
		return result.toString();
	}

} //CurriculumComponentImpl
