/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model.impl;

import java.lang.reflect.InvocationTargetException;
import java.util.Collection;

import java.util.Map;
import org.curriculum.model.BarredCombination;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.LevelCreditRule;
import org.curriculum.model.RulesOfCombination;

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
 * An implementation of the model object '<em><b>Rules Of Combination</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.impl.RulesOfCombinationImpl#getTotalCredits <em>Total Credits</em>}</li>
 *   <li>{@link org.curriculum.model.impl.RulesOfCombinationImpl#isOnlyListedComponents <em>Only Listed Components</em>}</li>
 *   <li>{@link org.curriculum.model.impl.RulesOfCombinationImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.curriculum.model.impl.RulesOfCombinationImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.curriculum.model.impl.RulesOfCombinationImpl#getLevelMinimums <em>Level Minimums</em>}</li>
 *   <li>{@link org.curriculum.model.impl.RulesOfCombinationImpl#getBarredCombinations <em>Barred Combinations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RulesOfCombinationImpl extends MinimalEObjectImpl.Container implements RulesOfCombination {
	/**
	 * The default value of the '{@link #getTotalCredits() <em>Total Credits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalCredits()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TOTAL_CREDITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTotalCredits() <em>Total Credits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalCredits()
	 * @generated
	 * @ordered
	 */
	protected Integer totalCredits = TOTAL_CREDITS_EDEFAULT;

	/**
	 * The default value of the '{@link #isOnlyListedComponents() <em>Only Listed Components</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOnlyListedComponents()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ONLY_LISTED_COMPONENTS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isOnlyListedComponents() <em>Only Listed Components</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOnlyListedComponents()
	 * @generated
	 * @ordered
	 */
	protected boolean onlyListedComponents = ONLY_LISTED_COMPONENTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<ComponentGroup> groups;

	/**
	 * The cached value of the '{@link #getLevelMinimums() <em>Level Minimums</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevelMinimums()
	 * @generated
	 * @ordered
	 */
	protected EList<LevelCreditRule> levelMinimums;

	/**
	 * The cached value of the '{@link #getBarredCombinations() <em>Barred Combinations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBarredCombinations()
	 * @generated
	 * @ordered
	 */
	protected EList<BarredCombination> barredCombinations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RulesOfCombinationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CurriculumPackage.Literals.RULES_OF_COMBINATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTotalCredits() {
		return totalCredits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotalCredits(Integer newTotalCredits) {
		Integer oldTotalCredits = totalCredits;
		totalCredits = newTotalCredits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.RULES_OF_COMBINATION__TOTAL_CREDITS, oldTotalCredits, totalCredits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOnlyListedComponents() {
		return onlyListedComponents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnlyListedComponents(boolean newOnlyListedComponents) {
		boolean oldOnlyListedComponents = onlyListedComponents;
		onlyListedComponents = newOnlyListedComponents;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.RULES_OF_COMBINATION__ONLY_LISTED_COMPONENTS, oldOnlyListedComponents, onlyListedComponents));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CurriculumPackage.RULES_OF_COMBINATION__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ComponentGroup> getGroups() {
		if (groups == null) {
			groups = new EObjectContainmentEList<ComponentGroup>(ComponentGroup.class, this, CurriculumPackage.RULES_OF_COMBINATION__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LevelCreditRule> getLevelMinimums() {
		if (levelMinimums == null) {
			levelMinimums = new EObjectContainmentEList<LevelCreditRule>(LevelCreditRule.class, this, CurriculumPackage.RULES_OF_COMBINATION__LEVEL_MINIMUMS);
		}
		return levelMinimums;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BarredCombination> getBarredCombinations() {
		if (barredCombinations == null) {
			barredCombinations = new EObjectContainmentEList<BarredCombination>(BarredCombination.class, this, CurriculumPackage.RULES_OF_COMBINATION__BARRED_COMBINATIONS);
		}
		return barredCombinations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validateCreditsAchievable(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.curriculum.model.validation.QualificationConstraints.validateCreditsAchievable(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CurriculumPackage.RULES_OF_COMBINATION__GROUPS:
				return ((InternalEList<?>)getGroups()).basicRemove(otherEnd, msgs);
			case CurriculumPackage.RULES_OF_COMBINATION__LEVEL_MINIMUMS:
				return ((InternalEList<?>)getLevelMinimums()).basicRemove(otherEnd, msgs);
			case CurriculumPackage.RULES_OF_COMBINATION__BARRED_COMBINATIONS:
				return ((InternalEList<?>)getBarredCombinations()).basicRemove(otherEnd, msgs);
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
			case CurriculumPackage.RULES_OF_COMBINATION__TOTAL_CREDITS:
				return getTotalCredits();
			case CurriculumPackage.RULES_OF_COMBINATION__ONLY_LISTED_COMPONENTS:
				return isOnlyListedComponents();
			case CurriculumPackage.RULES_OF_COMBINATION__NOTE:
				return getNote();
			case CurriculumPackage.RULES_OF_COMBINATION__GROUPS:
				return getGroups();
			case CurriculumPackage.RULES_OF_COMBINATION__LEVEL_MINIMUMS:
				return getLevelMinimums();
			case CurriculumPackage.RULES_OF_COMBINATION__BARRED_COMBINATIONS:
				return getBarredCombinations();
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
			case CurriculumPackage.RULES_OF_COMBINATION__TOTAL_CREDITS:
				setTotalCredits((Integer)newValue);
				return;
			case CurriculumPackage.RULES_OF_COMBINATION__ONLY_LISTED_COMPONENTS:
				setOnlyListedComponents((Boolean)newValue);
				return;
			case CurriculumPackage.RULES_OF_COMBINATION__NOTE:
				setNote((String)newValue);
				return;
			case CurriculumPackage.RULES_OF_COMBINATION__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends ComponentGroup>)newValue);
				return;
			case CurriculumPackage.RULES_OF_COMBINATION__LEVEL_MINIMUMS:
				getLevelMinimums().clear();
				getLevelMinimums().addAll((Collection<? extends LevelCreditRule>)newValue);
				return;
			case CurriculumPackage.RULES_OF_COMBINATION__BARRED_COMBINATIONS:
				getBarredCombinations().clear();
				getBarredCombinations().addAll((Collection<? extends BarredCombination>)newValue);
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
			case CurriculumPackage.RULES_OF_COMBINATION__TOTAL_CREDITS:
				setTotalCredits(TOTAL_CREDITS_EDEFAULT);
				return;
			case CurriculumPackage.RULES_OF_COMBINATION__ONLY_LISTED_COMPONENTS:
				setOnlyListedComponents(ONLY_LISTED_COMPONENTS_EDEFAULT);
				return;
			case CurriculumPackage.RULES_OF_COMBINATION__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case CurriculumPackage.RULES_OF_COMBINATION__GROUPS:
				getGroups().clear();
				return;
			case CurriculumPackage.RULES_OF_COMBINATION__LEVEL_MINIMUMS:
				getLevelMinimums().clear();
				return;
			case CurriculumPackage.RULES_OF_COMBINATION__BARRED_COMBINATIONS:
				getBarredCombinations().clear();
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
			case CurriculumPackage.RULES_OF_COMBINATION__TOTAL_CREDITS:
				return TOTAL_CREDITS_EDEFAULT == null ? totalCredits != null : !TOTAL_CREDITS_EDEFAULT.equals(totalCredits);
			case CurriculumPackage.RULES_OF_COMBINATION__ONLY_LISTED_COMPONENTS:
				return onlyListedComponents != ONLY_LISTED_COMPONENTS_EDEFAULT;
			case CurriculumPackage.RULES_OF_COMBINATION__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case CurriculumPackage.RULES_OF_COMBINATION__GROUPS:
				return groups != null && !groups.isEmpty();
			case CurriculumPackage.RULES_OF_COMBINATION__LEVEL_MINIMUMS:
				return levelMinimums != null && !levelMinimums.isEmpty();
			case CurriculumPackage.RULES_OF_COMBINATION__BARRED_COMBINATIONS:
				return barredCombinations != null && !barredCombinations.isEmpty();
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
			case CurriculumPackage.RULES_OF_COMBINATION___VALIDATE_CREDITS_ACHIEVABLE__DIAGNOSTICCHAIN_MAP:
				return validateCreditsAchievable((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (totalCredits: ");
		result.append(totalCredits);
		result.append(", onlyListedComponents: ");
		result.append(onlyListedComponents);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //RulesOfCombinationImpl
